package io.jenkins.plugins.dbgitops.jenkins;

import java.io.Serializable;

/**
 * Rollout parameters shared by the step and the builder.
 *
 * @param release  a release id (looked up as {@code <releaseDirectory>/<id>.zip}) or the path of a release archive
 * @param parallel databases at once, or null for the environment's setting
 * @param failFast stop starting databases after a failure, or null for the environment's setting
 */
record RolloutOptions(String config, String environment, String release, String releaseDirectory, Integer parallel,
        Boolean failFast, boolean dryRun) implements Serializable {
}
