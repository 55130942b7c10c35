package io.jenkins.plugins.dbgitops.jenkins;

import hudson.AbortException;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfig;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfigReader;
import io.jenkins.plugins.dbgitops.engine.config.ReviewSettings;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.ReviewRequest;
import io.jenkins.plugins.dbgitops.engine.review.ReviewService;
import io.jenkins.plugins.dbgitops.engine.review.report.ReportFormat;
import io.jenkins.plugins.dbgitops.engine.review.report.ReviewReport;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jenkins.MasterToSlaveFileCallable;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Runs the SQL review in the workspace on the agent, where the migration files are, and writes the SARIF and JUnit
 * reports there for {@code recordIssues} and {@code junit}.
 */
final class ReviewCallable extends MasterToSlaveFileCallable<ReviewSummary> {
    private static final long serialVersionUID = 1L;
    static final String SARIF_REPORT = "target/dbgitops/review.sarif";
    static final String JUNIT_REPORT = "target/dbgitops/review-junit.xml";

    private final ReviewOptions options;
    private final String changedSince;
    private final Map<String, String> variables;
    private final TaskListener listener;

    ReviewCallable(ReviewOptions options, String changedSince, Map<String, String> variables, TaskListener listener) {
        this.options = options;
        this.changedSince = changedSince;
        this.variables = Map.copyOf(variables);
        this.listener = listener;
    }

    @Override
    public ReviewSummary invoke(File workspaceDir, VirtualChannel channel) throws IOException {
        Path workspace = workspaceDir.toPath().toAbsolutePath().normalize();
        try {
            ReviewSettings settings = settings(workspace);
            Path directory = Workspace.inside(workspace, workspace.relativize(settings.migrationsDirectory())
                    .toString(), "review path");
            String path = ReleaseInfo.relative(workspace, directory);
            if (!Files.isDirectory(directory)) {
                throw new AbortException("No migrations directory '" + path + "' in the workspace; set 'path' (or"
                        + " migrations: in " + options.config() + ") to the folder that holds the .sql files.");
            }
            PrintStream log = listener.getLogger();
            settings.notes().forEach(note -> log.println("[dbgitops] " + note));
            log.println("[dbgitops] SQL review of " + path + " (" + settings.engine().id() + ", policy "
                    + shown(workspace, settings.policy())
                    + (changedSince == null ? "" : ", files changed since " + changedSince) + ")");
            ReviewRequest request = new ReviewRequest(List.of(directory), settings.engine(), settings.policy(),
                    Optional.ofNullable(changedSince), options.failOn().level(), workspace, "");
            ReviewReport report = ReviewService.withDefaults().review(request);
            write(workspace.resolve(SARIF_REPORT), report.render(ReportFormat.SARIF));
            write(workspace.resolve(JUNIT_REPORT), report.render(ReportFormat.JUNIT));
            return new ReviewSummary(path, report.result().files(), report.result().statements(),
                    report.findings().stream().map(ReviewFindingRow::of).toList(), report.failed(),
                    report.render(ReportFormat.MARKDOWN), headCommit(workspace));
        } catch (UserInputException | IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
    }

    /** dbgitops.yaml when the workspace has one, overridden by what the job gives explicitly. */
    private ReviewSettings settings(Path workspace) throws IOException {
        Path configFile = Workspace.inside(workspace, options.config(), "configuration");
        Optional<ProjectConfig> config = Files.isRegularFile(configFile)
                ? Optional.of(new ProjectConfigReader(variables).read(configFile)) : Optional.empty();
        return ReviewSettings.resolve(workspace, config, options.path(), options.dialect(), options.policy());
    }

    /** A policy file as a workspace path, a template as its name. */
    private static String shown(Path workspace, String policy) {
        Path file = Path.of(policy);
        return file.isAbsolute() && file.startsWith(workspace) ? ReleaseInfo.relative(workspace, file) : policy;
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** The checked-out commit, for the pull request status when the build does not say. */
    private static String headCommit(Path workspace) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(workspace.toFile());
        if (builder.getGitDir() == null) {
            return null;
        }
        try (Repository repository = builder.build()) {
            ObjectId head = repository.resolve("HEAD");
            return head == null ? null : head.name();
        } catch (IOException e) {
            return null;
        }
    }
}
