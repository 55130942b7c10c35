package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.config.ProjectConfig;
import io.jenkins.plugins.dbgitops.engine.release.GitMetadata;
import io.jenkins.plugins.dbgitops.engine.release.Release;
import io.jenkins.plugins.dbgitops.engine.release.ReleaseManifest;
import io.jenkins.plugins.dbgitops.engine.release.ReleasePackager;
import io.jenkins.plugins.dbgitops.engine.release.ReleaseRefusedException;
import io.jenkins.plugins.dbgitops.engine.release.ReleaseRequest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dbgitops release}: reviews the migrations and packages them into an immutable release archive. */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = {"Review every migration and package them into an immutable release.",
            "Writes DIR/<release-id>.zip holding the files and a manifest.json with their SHA-256.",
            "Commit, branch and repository URL come from git unless given."})
public final class ReleaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectConfigOption config;

    @Option(names = "--output", paramLabel = "DIR", required = true, description = "Where to write the archive.")
    Path output;

    @Option(names = "--commit", paramLabel = "SHA", description = "The commit to record instead of git's HEAD.")
    String commit;

    @Option(names = "--branch", paramLabel = "B", description = "The branch to record (default: git's, or on a"
            + " detached checkout $BRANCH_NAME or $GIT_BRANCH as Jenkins sets them).")
    String branch;

    @Option(names = "--repository-url", paramLabel = "URL", description = "The repository URL to record instead of"
            + " the origin remote's.")
    String repositoryUrl;

    @Option(names = "--id-template", paramLabel = "T", description = "Release id template, e.g."
            + " {yyyyMMdd-HHmm}-{shortCommit} (the default), {branch}-{iteration}, {commit}.")
    String idTemplate;

    @Option(names = "--iteration", paramLabel = "N", description = "The value of {iteration} (e.g. the build"
            + " number); by default the next number not used in DIR.")
    Integer iteration;

    @Option(names = "--allow-review-errors", description = "Package even when the review reports errors.")
    boolean allowReviewErrors;

    @Option(names = "--allow-uncommitted", description = "Package even when the migrations differ from the commit.")
    boolean allowUncommitted;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, String> environment = System.getenv();
        ProjectConfig project = config.read(environment);
        ReleaseRequest request = ReleaseRequest.at(creationTime(environment))
                .withCommit(commit)
                .withBranch(branch != null ? branch : ciBranch(project, environment))
                .withRepositoryUrl(repositoryUrl)
                .withIdTemplate(idTemplate)
                .withIteration(iteration).withAllowReviewErrors(allowReviewErrors)
                .withAllowUncommitted(allowUncommitted);
        Release release;
        try {
            release = new ReleasePackager(ReviewGates.forProject(out)).build(project, request, output);
        } catch (ReleaseRefusedException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("dbgitops: " + e.getMessage());
            err.flush();
            return ExitCodes.FAILURE;
        }
        ReleaseManifest manifest = release.manifest();
        out.println("Review: " + release.review().summary());
        out.println((release.alreadyExisted() ? "Release already packaged, identical: " : "Release ")
                + manifest.releaseId() + " (" + manifest.files().size() + " migrations, commit "
                + manifest.shortCommit() + " on " + manifest.branch() + ")");
        out.println("Archive: " + release.archive());
        out.flush();
        return ExitCodes.SUCCESS;
    }

    /**
     * CI checkouts are usually on a detached HEAD; Jenkins then names the branch in BRANCH_NAME (multibranch) or
     * GIT_BRANCH (the Git plugin, as origin/main). Used only when git itself knows no branch.
     */
    static String ciBranch(ProjectConfig project, Map<String, String> environment) {
        boolean detached = GitMetadata.read(project.migrationsDirectory()).map(git -> git.branch().isEmpty())
                .orElse(true);
        if (!detached) {
            return null;
        }
        String name = environment.getOrDefault("BRANCH_NAME", environment.get("GIT_BRANCH"));
        return name == null || name.isBlank() ? null : name.replaceFirst("^(refs/heads/|origin/)", "");
    }

    /** SOURCE_DATE_EPOCH (reproducible builds) fixes the creation time, and with it the archive's bytes. */
    static Instant creationTime(Map<String, String> environment) {
        String epoch = environment.get("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch));
        }
        return Instant.now();
    }
}
