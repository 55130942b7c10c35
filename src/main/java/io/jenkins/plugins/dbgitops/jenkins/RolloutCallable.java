package io.jenkins.plugins.dbgitops.jenkins;

import hudson.AbortException;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.config.EnvironmentCredentialsResolver;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfig;
import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentMatrix;
import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentRecord;
import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentRecords;
import io.jenkins.plugins.dbgitops.engine.deploy.PromotionEvidence;
import io.jenkins.plugins.dbgitops.engine.deploy.RolloutRefusedException;
import io.jenkins.plugins.dbgitops.engine.deploy.RolloutRequest;
import io.jenkins.plugins.dbgitops.engine.deploy.RolloutRunner;
import io.jenkins.plugins.dbgitops.engine.deploy.Shard;
import io.jenkins.plugins.dbgitops.engine.release.ReleaseVerifier;
import io.jenkins.plugins.dbgitops.engine.release.VerifiedRelease;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jenkins.MasterToSlaveFileCallable;

/**
 * Verifies a release and deploys it to one environment from the agent, where the databases are reachable; streams
 * one console line per finished database and the final matrix, with every password masked, and writes the
 * deployment record. Finding the archive ({@link ReleaseArchives}), the passwords to mask ({@link RolloutSecrets}),
 * the logins ({@link DatabaseLogins}) and the console lines ({@link ConsoleRolloutLog}) live in classes of their
 * own.
 */
final class RolloutCallable extends MasterToSlaveFileCallable<RolloutCallable.Outcome> {
    private static final long serialVersionUID = 1L;
    static final String RECORDS_DIRECTORY = "target/dbgitops/deployments";

    private final RolloutOptions options;
    private final String approvedBy;
    private final Set<String> approverGroups;
    private final Map<String, DatabaseLogin> logins;
    private final Map<String, String> variables;
    private final PromotionEvidence evidence;
    private final TaskListener listener;

    RolloutCallable(RolloutOptions options, String approvedBy, Set<String> approverGroups,
            Map<String, DatabaseLogin> logins, Map<String, String> variables, PromotionEvidence evidence,
            TaskListener listener) {
        this.options = options;
        this.approvedBy = approvedBy;
        this.approverGroups = Set.copyOf(approverGroups);
        this.logins = Map.copyOf(logins);
        this.variables = Map.copyOf(variables);
        this.evidence = evidence;
        this.listener = listener;
    }

    @Override
    public Outcome invoke(File workspaceDir, VirtualChannel channel) throws IOException {
        Path workspace = workspaceDir.toPath();
        try {
            ProjectConfig config = Workspace.project(workspace, options.config(), variables);
            EnvironmentCredentialsResolver fromVariables = new EnvironmentCredentialsResolver(variables);
            PrintStream log = new PrintStream(new SecretMaskingOutputStream(listener.getLogger(),
                    RolloutSecrets.of(config, options.environment(), logins, fromVariables)), true,
                    StandardCharsets.UTF_8);
            Path archive = ReleaseArchives.find(workspace, options.release(), options.releaseDirectory());
            try (VerifiedRelease release = ReleaseVerifier.verify(archive)) {
                log.println("[dbgitops] release " + release.releaseId() + " verified: "
                        + release.manifest().files().size() + " file(s) match the manifest");
                DeploymentRecord record = new RolloutRunner(DatabaseLogins.resolver(logins, fromVariables))
                        .rollout(config, release, request(), new ConsoleRolloutLog(log));
                log.println(DeploymentMatrix.ofRecords(List.of(record)).stripTrailing());
                Path recordFile = Workspace.inside(workspace, RECORDS_DIRECTORY + "/" + recordFileName(
                        record.environment(), record.releaseId(), record.shard()), "deployment record");
                Files.createDirectories(recordFile.getParent());
                DeploymentRecords.write(record, recordFile);
                log.flush();
                return new Outcome(DeploymentSummary.of(record), ReleaseInfo.relative(workspace, recordFile),
                        DeploymentRecords.toJson(record));
            }
        } catch (RolloutRefusedException | UserInputException | IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
    }

    private RolloutRequest request() {
        RolloutRequest request = RolloutRequest.to(options.environment()).approvedBy(approvedBy)
                .withApproverGroups(approverGroups).withParallel(options.parallel())
                .withFailFast(options.failFast()).withDryRun(options.dryRun()).withEvidence(evidence);
        return options.shard() == null ? request : request.withShard(Shard.parse(options.shard()));
    }

    /**
     * The name of a rollout's record: one per environment, release and shard, so that a re-run replaces it as
     * {@link DeploymentAction#record} replaces the summary.
     */
    static String recordFileName(String environment, String releaseId, String shard) {
        return environment + "-" + releaseId + (shard == null ? "" : "-shard-" + shard.replace('/', '-')) + ".json";
    }

    /** The rollout as recorded, where its JSON record lies in the workspace, and that record. */
    record Outcome(DeploymentSummary deployment, String recordPath, String recordJson) implements Serializable {
    }
}
