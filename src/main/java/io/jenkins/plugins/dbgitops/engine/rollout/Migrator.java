package io.jenkins.plugins.dbgitops.engine.rollout;

import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationFile;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationVersion;
import java.util.List;
import java.util.Objects;

/**
 * Applies versioned migrations to one database at a time, tracking them in a history table. Thread-safe: one
 * instance may migrate many targets at once (see {@link ParallelMigrator}).
 */
public final class Migrator {
    private final MigrationOptions options;

    public Migrator(MigrationOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public MigrationOptions options() {
        return options;
    }

    /** What {@link #migrate} would do; read-only, creates nothing, works before the history table exists. */
    public TargetPlan plan(DatabaseTarget target, List<MigrationFile> migrations) {
        throw new UnsupportedOperationException("plan is being implemented");
    }

    /**
     * Applies the pending migrations under the target's lock. Failures of files are reported in the result;
     * a target that cannot be reached throws.
     *
     * @throws io.jenkins.plugins.dbgitops.engine.UserInputException when the target cannot be reached or logged
     *                                                               into, or its driver is missing
     */
    public TargetResult migrate(DatabaseTarget target, List<MigrationFile> migrations, MigrationListener listener) {
        throw new UnsupportedOperationException("migrate is being implemented");
    }

    /** Per version: applied, pending, modified, failed, out of order; plus versions applied without a file. */
    public TargetStatus status(DatabaseTarget target, List<MigrationFile> migrations) {
        throw new UnsupportedOperationException("status is being implemented");
    }

    /** Every row of the history table, in order; empty when the table does not exist. */
    public List<AppliedMigration> history(DatabaseTarget target) {
        throw new UnsupportedOperationException("history is being implemented");
    }

    /** Marks every version up to {@code version} as applied without running it; refused when any is applied. */
    public AppliedMigration baseline(DatabaseTarget target, MigrationVersion version, String by) {
        throw new UnsupportedOperationException("baseline is being implemented");
    }

    /** Records the resolution of a {@code FAILED} or stale {@code PENDING} row; the target is unblocked. */
    public AppliedMigration resolve(DatabaseTarget target, MigrationVersion version, Resolution resolution,
            String by, String reason) {
        throw new UnsupportedOperationException("resolve is being implemented");
    }
}
