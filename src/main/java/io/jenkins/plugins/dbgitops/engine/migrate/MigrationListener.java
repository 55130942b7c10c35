package io.jenkins.plugins.dbgitops.engine.migrate;

import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationFile;

/**
 * Hears about a run as it goes, for logs (a Jenkins console, a terminal). Called from the thread that migrates the
 * target, so implementations shared across targets must be thread-safe. Never given a password.
 */
public interface MigrationListener {

    /** A listener that ignores everything. */
    MigrationListener NONE = new MigrationListener() {
    };

    default void fileStarted(DatabaseTarget target, MigrationFile file) {
    }

    default void fileFinished(DatabaseTarget target, FileResult result) {
    }

    default void warning(DatabaseTarget target, String message) {
    }

    /** Called once per target when it is done, whatever the outcome. */
    default void targetFinished(TargetResult result) {
    }
}
