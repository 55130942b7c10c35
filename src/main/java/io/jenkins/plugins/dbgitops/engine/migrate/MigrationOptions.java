package io.jenkins.plugins.dbgitops.engine.migrate;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How migrations are tracked and applied. Build with {@link #defaults()} and the {@code with...} methods.
 *
 * @param historyTable      the history table's name, {@code dbgitops_history} by default
 * @param schema            the schema (or MySQL database) of the history table; empty for the connection's default
 * @param checksumMismatch  what to do when an applied file has changed
 * @param lockWait          how long to wait for another run's lock before giving up
 * @param stalePendingAfter a {@code PENDING} row (or lock row) older than this is considered left by a crashed run
 * @param releaseId         recorded in every history row; empty when migrating a working tree
 * @param commitSha         recorded in every history row
 * @param appliedBy         who runs the migration, recorded in every history row and named in lock errors
 * @param dryRun            plan only: {@code migrate} changes nothing and reports what it would apply
 */
public record MigrationOptions(String historyTable, Optional<String> schema, ChecksumMismatchPolicy checksumMismatch,
        Duration lockWait, Duration stalePendingAfter, Optional<String> releaseId, Optional<String> commitSha,
        String appliedBy, boolean dryRun) {

    public static final String DEFAULT_HISTORY_TABLE = "dbgitops_history";
    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofMinutes(5);
    public static final Duration DEFAULT_STALE_PENDING_AFTER = Duration.ofHours(1);
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]{0,62}");

    public MigrationOptions {
        historyTable = checkIdentifier(historyTable, "history table");
        schema = Objects.requireNonNull(schema, "schema").map(value -> checkIdentifier(value, "schema"));
        Objects.requireNonNull(checksumMismatch, "checksumMismatch");
        Objects.requireNonNull(lockWait, "lockWait");
        Objects.requireNonNull(stalePendingAfter, "stalePendingAfter");
        releaseId = Objects.requireNonNull(releaseId, "releaseId").filter(value -> !value.isBlank());
        commitSha = Objects.requireNonNull(commitSha, "commitSha").filter(value -> !value.isBlank());
        appliedBy = appliedBy == null || appliedBy.isBlank() ? defaultUser() : appliedBy;
        if (lockWait.isNegative() || stalePendingAfter.isNegative()) {
            throw new UserInputException("Lock wait and stale-PENDING threshold must not be negative.");
        }
    }

    /** The defaults: {@code dbgitops_history}, checksum mismatch is an error, 5 minutes lock wait. */
    public static MigrationOptions defaults() {
        return new MigrationOptions(DEFAULT_HISTORY_TABLE, Optional.empty(), ChecksumMismatchPolicy.ERROR,
                DEFAULT_LOCK_WAIT, DEFAULT_STALE_PENDING_AFTER, Optional.empty(), Optional.empty(), null, false);
    }

    public MigrationOptions withHistoryTable(String value) {
        return new MigrationOptions(value, schema, checksumMismatch, lockWait, stalePendingAfter, releaseId,
                commitSha, appliedBy, dryRun);
    }

    public MigrationOptions withSchema(String value) {
        return new MigrationOptions(historyTable, Optional.ofNullable(value).filter(v -> !v.isBlank()),
                checksumMismatch, lockWait, stalePendingAfter, releaseId, commitSha, appliedBy, dryRun);
    }

    public MigrationOptions withChecksumMismatch(ChecksumMismatchPolicy value) {
        return new MigrationOptions(historyTable, schema, value, lockWait, stalePendingAfter, releaseId, commitSha,
                appliedBy, dryRun);
    }

    public MigrationOptions withLockWait(Duration value) {
        return new MigrationOptions(historyTable, schema, checksumMismatch, value, stalePendingAfter, releaseId,
                commitSha, appliedBy, dryRun);
    }

    public MigrationOptions withStalePendingAfter(Duration value) {
        return new MigrationOptions(historyTable, schema, checksumMismatch, lockWait, value, releaseId, commitSha,
                appliedBy, dryRun);
    }

    public MigrationOptions withReleaseId(String value) {
        return new MigrationOptions(historyTable, schema, checksumMismatch, lockWait, stalePendingAfter,
                Optional.ofNullable(value), commitSha, appliedBy, dryRun);
    }

    public MigrationOptions withCommitSha(String value) {
        return new MigrationOptions(historyTable, schema, checksumMismatch, lockWait, stalePendingAfter, releaseId,
                Optional.ofNullable(value), appliedBy, dryRun);
    }

    public MigrationOptions withAppliedBy(String value) {
        return new MigrationOptions(historyTable, schema, checksumMismatch, lockWait, stalePendingAfter, releaseId,
                commitSha, value, dryRun);
    }

    public MigrationOptions withDryRun(boolean value) {
        return new MigrationOptions(historyTable, schema, checksumMismatch, lockWait, stalePendingAfter, releaseId,
                commitSha, appliedBy, value);
    }

    private static String checkIdentifier(String value, String what) {
        if (value == null || !IDENTIFIER.matcher(value).matches()) {
            throw new UserInputException("Invalid " + what + " name '" + value + "': use letters, digits and"
                    + " underscores, starting with a letter or underscore, at most 63 characters.");
        }
        return value;
    }

    private static String defaultUser() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "dbgitops" : user;
    }
}
