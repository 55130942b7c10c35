package io.jenkins.plugins.dbgitops.jenkins;

import hudson.model.Action;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The deployment matrix of a build: environments by databases, with status, timing and approver. */
public final class DeploymentAction implements Action {
    private final List<DeploymentSummary> deployments = new ArrayList<>();
    private int approvalsUsed;

    public synchronized List<DeploymentSummary> getDeployments() {
        return Collections.unmodifiableList(new ArrayList<>(deployments));
    }

    /**
     * Adds a rollout; a new rollout of the same release to the same environment (and shard) replaces the earlier
     * one, while the shards of one environment are kept side by side.
     */
    synchronized void record(DeploymentSummary deployment) {
        deployments.removeIf(d -> d.environment().equals(deployment.environment())
                && d.releaseId().equals(deployment.releaseId()) && Objects.equals(d.shard(), deployment.shard()));
        deployments.add(deployment);
    }

    /** How many of the build's input approvals earlier rollouts used (each approval authorizes one rollout). */
    synchronized int getApprovalsUsed() {
        return approvalsUsed;
    }

    synchronized void useApprovals(int count) {
        approvalsUsed = Math.max(approvalsUsed, count);
    }

    /** The databases of all rollouts, in first-seen order: the matrix columns. */
    public synchronized List<String> getTargetNames() {
        Set<String> names = new LinkedHashSet<>();
        deployments.forEach(d -> d.targets().forEach(t -> names.add(t.name())));
        return new ArrayList<>(names);
    }

    /** The cell of one environment row and target column, or null when that environment has no such target. */
    public synchronized DeploymentSummary.TargetRow cell(DeploymentSummary deployment, String target) {
        return deployment.targets().stream().filter(t -> t.name().equals(target)).findFirst().orElse(null);
    }

    @Override
    public String getIconFileName() {
        return "symbol-server";
    }

    @Override
    public String getDisplayName() {
        return "Database deployments";
    }

    @Override
    public String getUrlName() {
        return "dbgitops-deployments";
    }
}
