package io.jenkins.plugins.dbgitops.engine.migrate;

import io.jenkins.plugins.dbgitops.engine.migration.MigrationVersion;
import java.util.Optional;

/**
 * The state of one migration file on one target.
 *
 * @param version         the version
 * @param script          the file name
 * @param description     the file's description
 * @param state           the state
 * @param outOfOrder      pending below the highest applied version (it will run out of order)
 * @param fileChecksum    the file's checksum now
 * @param appliedChecksum the checksum recorded when it was applied, if any
 * @param lastRow         the latest history row of the version, if any
 */
public record VersionStatus(MigrationVersion version, String script, String description, VersionState state,
        boolean outOfOrder, String fileChecksum, Optional<String> appliedChecksum,
        Optional<AppliedMigration> lastRow) {
}
