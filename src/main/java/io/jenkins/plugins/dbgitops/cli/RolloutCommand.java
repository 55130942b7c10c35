package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.config.EnvironmentCredentialsResolver;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfig;
import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentMatrix;
import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentRecord;
import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentRecords;
import io.jenkins.plugins.dbgitops.engine.deploy.RolloutRefusedException;
import io.jenkins.plugins.dbgitops.engine.deploy.RolloutRequest;
import io.jenkins.plugins.dbgitops.engine.deploy.RolloutRunner;
import io.jenkins.plugins.dbgitops.engine.deploy.Shard;
import io.jenkins.plugins.dbgitops.engine.release.ReleaseVerifier;
import io.jenkins.plugins.dbgitops.engine.release.VerifiedRelease;
import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentMatrixHtml;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dbgitops rollout}: deploys a verified release to every target of one environment. */
@Command(name = "rollout", mixinStandardHelpOptions = true,
        description = {"Verify a release and deploy it to every target of one environment.",
            "Checks the promotion order and the approval first, runs the targets in parallel, and writes a",
            "deployment record (JSON).",
            "Exit 1 when refused (order, approval) or when a target failed (PARTIAL, FAILED)."})
public final class RolloutCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--release", paramLabel = "FILE.zip", required = true, description = "The release archive.")
    Path release;

    @Option(names = "--env", paramLabel = "NAME", required = true, description = "The environment to deploy to.")
    String environment;

    @Mixin
    ProjectConfigOption config;

    @Option(names = "--approved-by", paramLabel = "USER", description = "Who approves (a user or a group listed in"
            + " the environment's approvers); required for approval: manual.")
    String approvedBy;

    @Option(names = "--parallel", paramLabel = "N", description = "How many targets at once (default: the"
            + " environment's parallel).")
    Integer parallel;

    @Option(names = "--fail-fast", description = "Start no further target once one has failed.")
    boolean failFast;

    @Option(names = "--dry-run", description = "Check and plan only; change nothing (needs no approval).")
    boolean dryRun;

    @Option(names = "--record", paramLabel = "FILE", description = "Where to write the deployment record"
            + " (default: <release-id>.<env>.deployment.json in the records folder).")
    Path record;

    @Option(names = "--records", paramLabel = "DIR", description = "Where deployment records are kept: the"
            + " promotion check reads the required environments' records there, and this rollout's record is written"
            + " there (default: the release's folder).")
    Path records;

    @Option(names = "--shard", paramLabel = "K/N", description = "Deploy only the K-th of N shares of the"
            + " environment's targets (stable by target name), to split a large group over several agents.")
    String shard;
    @Option(names = "--report", paramLabel = "FILE.html", description = "Also write the deployment matrix as a"
            + " self-contained HTML page: this rollout and the earlier records of the release beside it.")
    Path report;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, String> variables = System.getenv();
        ProjectConfig project = config.read(variables);
        try (VerifiedRelease verified = ReleaseVerifier.verify(release)) {
            out.println("Release " + verified.releaseId() + " verified: " + verified.migrationFiles().size()
                    + " migrations, commit " + verified.manifest().shortCommit() + ".");
            out.flush();
            Path recordsFolder = records != null ? records : release.toAbsolutePath().getParent();
            RolloutRequest request = RolloutRequest.to(environment).approvedBy(approvedBy).withParallel(parallel)
                    .withFailFast(failFast ? Boolean.TRUE : null).withDryRun(dryRun)
                    .withEvidence(DeploymentRecords.evidenceIn(recordsFolder));
            if (shard != null) {
                request = request.withShard(Shard.parse(shard));
            }
            DeploymentRecord result;
            try {
                result = new RolloutRunner(new EnvironmentCredentialsResolver(variables))
                        .rollout(project, verified, request, new ConsoleRolloutListener(out, "  "));
            } catch (RolloutRefusedException e) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("dbgitops: rollout refused: " + e.getMessage());
                err.flush();
                return ExitCodes.FAILURE;
            }
            Path recordFile = record != null ? record : recordsFolder.resolve(verified.releaseId() + "."
                    + environment + (shard == null ? "" : ".shard-" + result.shard().replace("/", "-of-"))
                    + (dryRun ? ".dry-run" : "") + DeploymentRecords.SUFFIX);
            DeploymentRecords.write(result, recordFile);
            out.println();
            out.print(DeploymentMatrix.ofRecords(List.of(result)));
            out.println();
            if (report != null) {
                HtmlReports.write(report, DeploymentMatrixHtml.ofRecords("Deployment of " + result.releaseId(),
                        HtmlReports.withEarlierRecords(result, recordFile)));
                out.println("Deployment report: " + report.toAbsolutePath());
            }
            out.println((dryRun ? "Dry run of " : "Rollout of ") + result.releaseId() + " to " + result.environment()
                    + ": " + result.status() + ". Record: " + recordFile);
            out.flush();
            return result.status().isFailure() ? ExitCodes.FAILURE : ExitCodes.SUCCESS;
        }
    }
}
