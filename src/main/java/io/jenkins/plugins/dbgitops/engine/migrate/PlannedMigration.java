package io.jenkins.plugins.dbgitops.engine.migrate;

import io.jenkins.plugins.dbgitops.engine.migration.ChangeType;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationVersion;

/**
 * A file that {@code migrate} would run on a target.
 *
 * @param version       its version
 * @param script        its file name
 * @param type          DDL or DML
 * @param transactional whether it would run in one transaction (false: directive, engine, or statements such as
 *                      {@code CREATE INDEX CONCURRENTLY} that cannot run in one)
 * @param outOfOrder    whether a higher version is already applied
 */
public record PlannedMigration(MigrationVersion version, String script, ChangeType type, boolean transactional,
        boolean outOfOrder) {
}
