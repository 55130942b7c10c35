package io.jenkins.plugins.dbgitops.jenkins;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
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
        Map<String, DatabaseLogin> logins = logins(requirements.credentialsIds(), run);

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
                new RolloutCallable(options, approvedBy, groups, logins, env, listener));
        deployments.useApprovals(approvalsUsed);
        deployments.record(outcome.deployment());
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

    private static Map<String, DatabaseLogin> logins(List<String> ids, Run<?, ?> run) throws AbortException {
        Map<String, DatabaseLogin> logins = new LinkedHashMap<>();
        for (String id : ids) {
            StandardUsernamePasswordCredentials credentials = CredentialsProvider.findCredentialById(id,
                    StandardUsernamePasswordCredentials.class, run, List.of());
            if (credentials == null) {
                throw new AbortException("No username/password credentials with id '" + id + "' are visible to"
                        + " this job; add them under Manage Jenkins > Credentials (or in the folder) or fix"
                        + " dbgitops.yaml.");
            }
            logins.put(id, new DatabaseLogin(credentials.getUsername(), credentials.getPassword()));
        }
        return logins;
    }
}
