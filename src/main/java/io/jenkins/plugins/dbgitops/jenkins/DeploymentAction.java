package io.jenkins.plugins.dbgitops.jenkins;

import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentMatrixHtml;
import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentRecord;
import io.jenkins.plugins.dbgitops.engine.deploy.RolloutView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The deployment matrix of a build: environments by databases, with status, timing, approver and each failed
 * file's error, rendered by the engine (the page {@code rollout --report} writes) from the records kept beside
 * {@code build.xml}, or from the summaries in it.
 */
public final class DeploymentAction extends RunAttachedAction {
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

    /**
     * The engine's matrix of this build's rollouts, every value in it escaped by the engine, with its style: each
     * rollout from its record kept beside {@code build.xml} (with each file's outcome), or from what
     * {@code build.xml} holds when there is none (a build from before they were kept).
     */
    public String getReportHtml() {
        return DeploymentMatrixHtml.recordsFragment(rollouts(null));
    }

    /** The build's rollouts of one release, or of all releases for null, as the engine's matrix shows them. */
    synchronized List<RolloutView> rollouts(String releaseId) {
        List<RolloutView> rollouts = new ArrayList<>();
        for (DeploymentSummary deployment : deployments) {
            if (releaseId != null && !releaseId.equals(deployment.releaseId())) {
                continue;
            }
            Optional<DeploymentRecord> record = run() == null ? Optional.empty()
                    : BuildPages.deploymentRecord(run(), RolloutCallable.recordFileName(deployment.environment(),
                            deployment.releaseId(), deployment.shard()));
            rollouts.add(record.<RolloutView>map(r -> r).orElseGet(() -> new KeptRollout(deployment)));
        }
        return rollouts;
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
