package io.jenkins.plugins.dbgitops.engine.deploy;

import io.jenkins.plugins.dbgitops.engine.migrate.MigrationListener;

/**
 * Hears about a rollout as it goes: the checks' outcomes as lines, and the migrations engine's per-file and
 * per-target events (called from worker threads, so implementations must be thread-safe).
 */
public interface RolloutListener extends MigrationListener {

    RolloutListener NONE = new RolloutListener() {
    };

    /** One line for the console, such as the outcome of the promotion check. */
    default void info(String line) {
    }
}
