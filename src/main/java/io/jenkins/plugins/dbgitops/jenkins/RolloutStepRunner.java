package io.jenkins.plugins.dbgitops.jenkins;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.IOException;
import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentEvidence;
import io.jenkins.plugins.dbgitops.engine.deploy.PromotionEvidence;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import jenkins.util.BuildListenerAdapter;

/**
 * A rollout as the step and the builder run it: requirements read on the agent, credentials and approval taken on
 * the controller, the deployment on the agent, then the matrix action, the record artifact and the build result.
 */
final class RolloutStepRunner {
    /** How far back the promotion check looks: loading a build costs, and promotions follow within days. */
    static final int EVIDENCE_BUILDS = 100;

    private RolloutStepRunner() {
    }

    /** Deploys and returns the build result the rollout calls for: null (success), UNSTABLE (partial). */
    static Result run(RolloutOptions options, Run<?, ?> run, FilePath workspace, EnvVars env, Launcher launcher,
            TaskListener listener, Function<String, Collection<String>> groupsOfUser)
            throws IOException, InterruptedException {
        listener.getLogger().println("[dbgitops] rollout of " + options.release() + " to " + options.environment()
                + (options.dryRun() ? " (dry run)" : ""));
        EnvironmentRequirements requirements = workspace.act(
                new EnvironmentRequirements.Reader(options.config(), options.environment(), env));
        Map<String, DatabaseLogin> logins = DatabaseLogins.lookUp(requirements.credentialsIds(), run);

        DeploymentAction deployments = deployments(run);
        String approvedBy = null;
        Set<String> groups = Set.of();
        int approvalsUsed = deployments.getApprovalsUsed();
        if (requirements.manualApproval() && !options.dryRun()) {
            Optional<InputApprovals.Approval> approval = new InputApprovals(groupsOfUser).unused(run, approvalsUsed);
            if (approval.isPresent()) {
                approvedBy = approval.get().userId();
                groups = approval.get().groups();
                listener.getLogger().println("[dbgitops] approval recorded by the input step: " + approvedBy);
            }
            approvalsUsed = InputApprovals.count(run);
        }

        RolloutCallable.Outcome outcome = workspace.act(
                new RolloutCallable(options, approvedBy, groups, logins, env, evidence(run), listener));
        deployments.useApprovals(approvalsUsed);
        DeploymentSummary recorded = outcome.deployment();
        BuildPages.writeDeploymentRecord(run, RolloutCallable.recordFileName(recorded.environment(),
                recorded.releaseId(), recorded.shard()), outcome.recordJson());
        deployments.record(recorded);
        run.pickArtifactManager().archive(workspace, launcher, BuildListenerAdapter.wrap(listener),
                Map.of(outcome.recordPath(), outcome.recordPath()));

        DeploymentSummary deployment = outcome.deployment();
        switch (deployment.status()) {
            case "FAILED":
                throw new AbortException("Rollout of " + deployment.releaseId() + " to " + deployment.environment()
                        + " failed on every database; see the matrix above.");
            case "PARTIAL":
                listener.getLogger().println("[dbgitops] rollout to " + deployment.environment() + " is PARTIAL:"
                        + " the build is unstable; run it again to finish the failed databases.");
                return Result.UNSTABLE;
            default:
                return null;
        }
    }

    /**
     * The deployments this build and the job's earlier builds recorded: what the promotion check reads, so that
     * deploying production needs neither staging's network nor its credentials. A re-run or a separate promotion
     * job of the same job finds the earlier rollouts too.
     */
    static PromotionEvidence evidence(Run<?, ?> run) {
        List<DeploymentEvidence> records = new ArrayList<>();
        int builds = 0;
        for (Run<?, ?> build = run; build != null && builds < EVIDENCE_BUILDS; build = build.getPreviousBuild()) {
            builds++;
            DeploymentAction action = build.getAction(DeploymentAction.class);
            if (action != null) {
                action.getDeployments().forEach(deployment -> records.add(deployment.evidence()));
            }
        }
        return new PromotionEvidence(records, "the deployment records of " + run.getExternalizableId()
                + (builds > 1 ? " and the " + (builds - 1) + " build(s) before it" : "") + " (" + records.size()
                + " found)");
    }

    private static DeploymentAction deployments(Run<?, ?> run) {
        synchronized (run) {
            DeploymentAction action = run.getAction(DeploymentAction.class);
            if (action == null) {
                action = new DeploymentAction();
                run.addAction(action);
            }
            return action;
        }
    }
}
