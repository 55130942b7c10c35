package io.jenkins.plugins.dbgitops.engine.migrate;

import io.jenkins.plugins.dbgitops.engine.migration.MigrationVersion;
import java.time.Instant;
import java.util.Optional;

/**
 * The outcome of one migration file on one target.
 *
 * @param version       the file's version
 * @param script        the file name relative to the migrations directory
 * @param status        what happened
 * @param outOfOrder    whether it ran (or would run) after a higher version had been applied
 * @param transactional whether it ran inside one transaction
 * @param startedAt     when it started; empty when it did not run
 * @param durationMs    how long it ran, in milliseconds
 * @param error         for a failure: the file, the statement's number and line, and the database's own message
 */
public record FileResult(MigrationVersion version, String script, FileStatus status, boolean outOfOrder,
        boolean transactional, Optional<Instant> startedAt, long durationMs, Optional<String> error) {

    /** A file that did not run. */
    public static FileResult notRun(MigrationVersion version, String script, FileStatus status, boolean outOfOrder,
            String reason) {
        return new FileResult(version, script, status, outOfOrder, false, Optional.empty(), 0,
                Optional.ofNullable(reason));
    }
}
