package io.jenkins.plugins.dbgitops.jenkins;

import java.io.Serializable;

/**
 * Rollout parameters shared by the step and the builder. A plain class, not a record: step executions are persisted
 * with the Pipeline program, whose serialisation cannot restore records.
 */
final class RolloutOptions implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String config;
    private final String environment;
    private final String release;
    private final String releaseDirectory;
    private final Integer parallel;
    private final Boolean failFast;
    private final boolean dryRun;
    private final String shard;

    /**
     * @param release  a release id (looked up as {@code <releaseDirectory>/<id>.zip}) or the path of a release archive
     * @param parallel databases at once, or null for the environment's setting
     * @param failFast stop starting databases after a failure, or null for the environment's setting
     * @param shard    {@code k/n}: deploy only that share of the environment's targets, or null for all
     */
    RolloutOptions(String config, String environment, String release, String releaseDirectory, Integer parallel,
            Boolean failFast, boolean dryRun, String shard) {
        this.config = config;
        this.environment = environment;
        this.release = release;
        this.releaseDirectory = releaseDirectory;
        this.parallel = parallel;
        this.failFast = failFast;
        this.dryRun = dryRun;
        this.shard = shard;
    }

    String config() {
        return config;
    }

    String environment() {
        return environment;
    }

    String release() {
        return release;
    }

    String releaseDirectory() {
        return releaseDirectory;
    }

    Integer parallel() {
        return parallel;
    }

    Boolean failFast() {
        return failFast;
    }

    boolean dryRun() {
        return dryRun;
    }

    String shard() {
        return shard;
    }
}
