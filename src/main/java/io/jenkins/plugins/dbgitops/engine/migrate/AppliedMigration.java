package io.jenkins.plugins.dbgitops.engine.migrate;

import io.jenkins.plugins.dbgitops.engine.migration.MigrationVersion;
import java.time.Instant;
import java.util.Optional;

/**
 * One row of the history table.
 *
 * @param rank        order of the row in the history, from 1
 * @param version     the migration's version
 * @param description the migration's description, or the reason of a resolution
 * @param type        {@code DDL}, {@code DML} or {@code BASELINE}
 * @param script      the file name relative to the migrations directory (empty for a baseline)
 * @param checksum    the file's SHA-256 when it was applied; empty for baselines
 * @param status      what the row records
 * @param releaseId   the release it came from, if any
 * @param commitSha   the commit it came from, if any
 * @param appliedBy   who ran it
 * @param startedAt   when it started
 * @param durationMs  how long it took, in milliseconds
 * @param error       the error of a failed attempt
 */
public record AppliedMigration(int rank, MigrationVersion version, String description, String type, String script,
        Optional<String> checksum, HistoryStatus status, Optional<String> releaseId, Optional<String> commitSha,
        String appliedBy, Instant startedAt, long durationMs, Optional<String> error) {
}
