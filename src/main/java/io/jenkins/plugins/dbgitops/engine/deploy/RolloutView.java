package io.jenkins.plugins.dbgitops.engine.deploy;

import io.jenkins.plugins.dbgitops.engine.migrate.FileStatus;
import io.jenkins.plugins.dbgitops.engine.migrate.TargetOutcome;
import java.time.Instant;
import java.util.List;

/**
 * What the deployment matrix ({@link DeploymentMatrixHtml}) shows of one rollout. A {@link DeploymentRecord} is one;
 * so is what a Jenkins build keeps of a rollout in {@code build.xml}, which has counts but no per-file detail, so
 * that both are drawn by the one renderer.
 */
public interface RolloutView {
    String environment();

    String releaseId();

    String commit();

    /** Who approved, or null for an environment without approval. */
    String approvedBy();

    /** When the rollout started, or null when not known. */
    Instant startedAt();

    long durationMs();

    boolean dryRun();

    DeploymentStatus status();

    List<String> notes();

    List<? extends Target> targets();

    /** One database of the rollout. */
    interface Target {
        String name();

        /** The JDBC URL without credentials. */
        String url();

        TargetOutcome status();

        long durationMs();

        /** Why it failed, or null. */
        String error();

        /** How many of the release's files ended in {@code status} on this target. */
        long count(FileStatus status);

        /** Each file's outcome, or empty when only the counts were kept. */
        List<DeploymentRecord.File> files();
    }
}
