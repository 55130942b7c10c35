package io.jenkins.plugins.dbgitops.jenkins;

import hudson.AbortException;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.config.CredentialsReference;
import io.jenkins.plugins.dbgitops.engine.config.DeploymentTarget;
import io.jenkins.plugins.dbgitops.engine.config.EnvironmentCredentialsResolver;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfig;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfigReader;
import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentMatrix;
import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentRecord;
import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentRecords;
import io.jenkins.plugins.dbgitops.engine.deploy.PromotionEvidence;
import io.jenkins.plugins.dbgitops.engine.deploy.RolloutListener;
import io.jenkins.plugins.dbgitops.engine.deploy.RolloutRefusedException;
import io.jenkins.plugins.dbgitops.engine.deploy.RolloutRequest;
import io.jenkins.plugins.dbgitops.engine.deploy.RolloutRunner;
import io.jenkins.plugins.dbgitops.engine.deploy.Shard;
import io.jenkins.plugins.dbgitops.engine.release.ReleaseVerifier;
import io.jenkins.plugins.dbgitops.engine.release.VerifiedRelease;
import io.jenkins.plugins.dbgitops.engine.rollout.TargetResult;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jenkins.MasterToSlaveFileCallable;

/**
 * Verifies a release and deploys it to one environment from the agent, where the databases are reachable; streams
 * one console line per finished database and the final matrix, with every password masked.
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
            ProjectConfig config = new ProjectConfigReader(variables)
                    .read(Workspace.inside(workspace, options.config(), "configuration"));
            EnvironmentCredentialsResolver fromVariables = new EnvironmentCredentialsResolver(variables);
            PrintStream log = new PrintStream(new SecretMaskingOutputStream(listener.getLogger(),
                    secrets(config, fromVariables)), true, StandardCharsets.UTF_8);
            Path archive = archive(workspace);
            try (VerifiedRelease release = ReleaseVerifier.verify(archive)) {
                log.println("[dbgitops] release " + release.releaseId() + " verified: "
                        + release.manifest().files().size() + " file(s) match the manifest");
                DeploymentRecord record = new RolloutRunner(DatabaseLogins.resolver(logins, fromVariables))
                        .rollout(config, release, request(), new ConsoleListener(log));
                log.println(DeploymentMatrix.ofRecords(List.of(record)).stripTrailing());
                Path recordFile = Workspace.inside(workspace, RECORDS_DIRECTORY + "/" + record.environment() + "-"
                        + record.releaseId() + (record.shard() == null ? "" : "-shard-"
                        + record.shard().replace('/', '-')) + ".json", "deployment record");
                Files.createDirectories(recordFile.getParent());
                DeploymentRecords.write(record, recordFile);
                log.flush();
                return new Outcome(DeploymentSummary.of(record), ReleaseInfo.relative(workspace, recordFile));
            }
        } catch (RolloutRefusedException | UserInputException | IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
    }

    private Path archive(Path workspace) throws IOException {
        String release = options.release();
        boolean isPath = release.endsWith(".zip") || release.contains("/");
        Path archive = Workspace.inside(workspace, isPath ? release : options.releaseDirectory() + "/" + release
                + ".zip", "release");
        if (!Files.isRegularFile(archive)) {
            throw new AbortException("No release archive " + ReleaseInfo.relative(workspace, archive) + " in the"
                    + " workspace of this agent: unstash or copy the release made by dbRelease, or give its path.");
        }
        return archive;
    }

    private RolloutRequest request() {
        RolloutRequest request = RolloutRequest.to(options.environment()).approvedBy(approvedBy)
                .withApproverGroups(approverGroups).withParallel(options.parallel())
                .withFailFast(options.failFast()).withDryRun(options.dryRun()).withEvidence(evidence);
        return options.shard() == null ? request : request.withShard(Shard.parse(options.shard()));
    }

    /** Every password this rollout may print by accident: Jenkins credentials and referenced variables. */
    private List<String> secrets(ProjectConfig config, EnvironmentCredentialsResolver fromVariables) {
        List<String> secrets = new ArrayList<>();
        secrets.addAll(DatabaseLogins.passwords(logins));
        config.findEnvironment(options.environment()).ifPresent(env -> {
            for (DeploymentTarget target : env.targets()) {
                target.credentials().map(CredentialsReference::parse).filter(CredentialsReference::isEnvironment)
                        .ifPresent(ref -> {
                            try {
                                secrets.add(fromVariables.resolve(ref).password());
                            } catch (UserInputException missing) {
                                // reported by the rollout itself
                            }
                        });
            }
        });
        return secrets;
    }

    /** One line per check and per finished database. */
    private static final class ConsoleListener implements RolloutListener {
        private final PrintStream log;

        ConsoleListener(PrintStream log) {
            this.log = log;
        }

        @Override
        public void info(String line) {
            synchronized (log) {
                log.println("[dbgitops] " + line);
            }
        }

        @Override
        public void targetFinished(TargetResult result) {
            String line = "[dbgitops] " + result.targetName() + " (" + result.redactedUrl() + "): "
                    + result.countsText() + " in " + result.durationMs() + " ms"
                    + result.error().map(e -> " - " + e).orElse("");
            synchronized (log) {
                log.println(line);
            }
        }
    }

    /** The rollout as recorded, and where its JSON record lies in the workspace. */
    record Outcome(DeploymentSummary deployment, String recordPath) implements Serializable {
    }
}
