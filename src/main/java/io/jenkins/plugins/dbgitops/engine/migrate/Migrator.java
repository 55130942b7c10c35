package io.jenkins.plugins.dbgitops.engine.migrate;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.database.Connections;
import io.jenkins.plugins.dbgitops.engine.database.DatabaseLock;
import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.database.Dialect;
import io.jenkins.plugins.dbgitops.engine.database.LockRequest;
import io.jenkins.plugins.dbgitops.engine.database.LockTimeoutException;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationFile;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationVersion;
import io.jenkins.plugins.dbgitops.engine.sql.SqlSplitException;
import io.jenkins.plugins.dbgitops.engine.sql.SqlStatement;
import io.jenkins.plugins.dbgitops.engine.sql.StatementSplitter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Applies versioned migrations to one database at a time, tracking them in a history table. Thread-safe: one
 * instance may migrate many targets at once (see {@link ParallelMigrator}).
 *
 * <p>The flow is the same on every engine; a {@link Dialect} supplies what differs. A run reads the history in one
 * query and stops there when everything is applied. Otherwise it takes the target's lock, reads the history again
 * and runs the pending files in version order, each in its own transaction with its history row where the engine
 * can roll back DDL, else between a {@code PENDING} row and its final state.
 */
public final class Migrator {
    private final MigrationOptions options;

    public Migrator(MigrationOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public MigrationOptions options() {
        return options;
    }

    /**
     * What {@link #migrate} would do; read-only, creates nothing, works before the history table exists.
     *
     * @throws UserInputException when the target cannot be reached or a pending file cannot be split
     */
    public TargetPlan plan(DatabaseTarget target, List<MigrationFile> migrations) {
        return readHistory(target, migrations, (dialect, historyExists, analysis) -> {
            List<PlannedMigration> toApply = new ArrayList<>();
            for (MigrationFile file : analysis.pending()) {
                boolean transactional = FileRunner.isTransactional(dialect, file, split(target, file));
                toApply.add(new PlannedMigration(file.version(), file.script(), file.type(), transactional,
                        analysis.isOutOfOrder(file.version())));
            }
            int alreadyApplied = analysis.versions().size() - analysis.pending().size();
            return new TargetPlan(target.name(), target.redactedUrl(), historyExists, toApply, alreadyApplied,
                    analysis.problems(), analysis.warnings());
        });
    }

    /**
     * Applies the pending migrations under the target's lock. Failing files, changed files, blocking rows and lock
     * timeouts are reported in the result (outcome {@link TargetOutcome#FAILED}).
     *
     * @throws UserInputException when the target cannot be reached or logged into, its driver is missing, or a
     *                            pending file cannot be split into statements
     */
    public TargetResult migrate(DatabaseTarget target, List<MigrationFile> migrations, MigrationListener listener) {
        List<MigrationFile> sorted = HistoryAnalysis.sorted(migrations);
        return migrate(target, () -> sorted, listener);
    }

    /**
     * As {@link #migrate(DatabaseTarget, List, MigrationListener)}, with files that are asked for only after the
     * connection is open and the history read, so a caller can read them meanwhile (a no-op run's two waits
     * overlap). An exception from {@code migrations} propagates.
     */
    public TargetResult migrate(DatabaseTarget target, Supplier<List<MigrationFile>> migrations,
            MigrationListener listener) {
        TargetResult result = new Run(target, migrations, listener).execute();
        listener.targetFinished(result);
        return result;
    }

    /** Per version: applied, pending, modified, failed, out of order; plus versions applied without a file. */
    public TargetStatus status(DatabaseTarget target, List<MigrationFile> migrations) {
        return readHistory(target, migrations, (dialect, historyExists, analysis) -> new TargetStatus(target.name(),
                target.redactedUrl(), historyExists, analysis.versions(), analysis.appliedNotInFiles(),
                analysis.baseline()));
    }

    /** What a read-only look at a target makes of its history compared with the files. */
    private interface HistoryReading<T> {
        T of(Dialect dialect, boolean historyExists, HistoryAnalysis analysis);
    }

    /**
     * The read-only start of {@link #plan} and {@link #status}: reads the history, if the table exists, without
     * taking the lock, and compares it with the files.
     */
    private <T> T readHistory(DatabaseTarget target, List<MigrationFile> migrations, HistoryReading<T> reading) {
        Dialect dialect = Dialect.forEngine(target.engine());
        try (Connection connection = Connections.open(target)) {
            Optional<List<AppliedMigration>> rows = new SchemaHistory(connection, dialect, options).readIfExists();
            HistoryAnalysis analysis = HistoryAnalysis.of(migrations, rows.orElse(List.of()), options, Instant.now(),
                    false);
            return reading.of(dialect, rows.isPresent(), analysis);
        } catch (SQLException e) {
            throw databaseError(target, e);
        }
    }

    /** Every row of the history table, in order; empty when the table does not exist. */
    public List<AppliedMigration> history(DatabaseTarget target) {
        Dialect dialect = Dialect.forEngine(target.engine());
        try (Connection connection = Connections.open(target)) {
            return new SchemaHistory(connection, dialect, options).readIfExists().orElse(List.of());
        } catch (SQLException e) {
            throw databaseError(target, e);
        }
    }

    /**
     * Marks every version up to {@code version} as applied without running it (an existing database that is
     * brought under dbgitops). Refused when the target already has history.
     *
     * @param by who asks, recorded; the options' {@code appliedBy} when {@code null}
     * @throws UserInputException when the target has history already or cannot be reached
     */
    public AppliedMigration baseline(DatabaseTarget target, MigrationVersion version, String by) {
        return underLock(target, (history, rows) -> {
            Optional<AppliedMigration> existing = rows.stream()
                    .filter(row -> row.status() != HistoryStatus.ROLLED_BACK).reduce((first, second) -> second);
            if (existing.isPresent()) {
                throw new UserInputException("Cannot baseline target " + target.describe() + " at version " + version
                        + ": it already has migration history (latest: version " + existing.get().version() + ", "
                        + existing.get().status() + "). Baseline only databases that dbgitops has not migrated yet.");
            }
            return history.insert(version, "<< baseline >>", "BASELINE", "", Optional.empty(), HistoryStatus.BASELINE,
                    appliedBy(by), Instant.now(), 0, Optional.empty());
        });
    }

    /**
     * Records how a {@code FAILED} or interrupted {@code PENDING} row was dealt with, which unblocks the target.
     *
     * @param by     who resolves it, recorded; the options' {@code appliedBy} when {@code null}
     * @param reason why, recorded in the new row's error column; may be {@code null}
     * @throws UserInputException when the version's latest row is neither failed nor pending
     */
    public AppliedMigration resolve(DatabaseTarget target, MigrationVersion version, Resolution resolution,
            String by, String reason) {
        return underLock(target, (history, rows) -> {
            AppliedMigration last = rows.stream().filter(row -> row.version().equals(version))
                    .reduce((first, second) -> second)
                    .orElseThrow(() -> new UserInputException("Target " + target.describe() + " has no history row"
                            + " for version " + version + ": nothing to resolve. Check the version with"
                            + " 'dbgitops status'."));
            if (last.status() != HistoryStatus.FAILED && last.status() != HistoryStatus.PENDING) {
                throw new UserInputException("Version " + version + " on target " + target.describe() + " is "
                        + last.status() + ", not FAILED or PENDING: nothing to resolve.");
            }
            String note = "Resolves row " + last.rank() + " (" + last.status() + ") as " + resolution.id()
                    + (reason == null || reason.isBlank() ? "" : ": " + reason);
            return history.insert(version, last.description(), last.type(), last.script(), last.checksum(),
                    resolution.recordedAs(), appliedBy(by), Instant.now(), 0, Optional.of(note));
        });
    }

    private String appliedBy(String by) {
        return by == null || by.isBlank() ? options.appliedBy() : by;
    }

    @FunctionalInterface
    private interface HistoryChange<T> {
        T apply(SchemaHistory history, List<AppliedMigration> rows) throws SQLException;
    }

    /** Runs a change of the history alone: lock, create the table if needed, read, change. */
    private <T> T underLock(DatabaseTarget target, HistoryChange<T> change) {
        Dialect dialect = Dialect.forEngine(target.engine());
        try (Connection connection = Connections.open(target)) {
            DatabaseLock lock = dialect.lock(connection, () -> Connections.open(target), lockRequest());
            try {
                SchemaHistory history = new SchemaHistory(connection, dialect, options);
                history.create();
                return change.apply(history, history.read());
            } finally {
                lock.close();
            }
        } catch (SQLException e) {
            throw databaseError(target, e);
        } catch (LockTimeoutException e) {
            throw new UserInputException("Target " + target.describe() + ": " + e.getMessage());
        }
    }

    private LockRequest lockRequest() {
        String name = options.schema().map(schema -> schema + ".").orElse("") + options.historyTable();
        return new LockRequest(options.schema(), name, RunIdentity.holder(options.appliedBy()), options.lockWait(),
                options.stalePendingAfter());
    }

    private static UserInputException databaseError(DatabaseTarget target, SQLException e) {
        return new UserInputException("Database error on target " + target.describe() + ": "
                + Connections.oneLine(target.sanitize(e.getMessage())) + ".");
    }

    private static List<SqlStatement> split(DatabaseTarget target, MigrationFile file) {
        try {
            return StatementSplitter.forEngine(target.engine()).split(file.content());
        } catch (SqlSplitException e) {
            throw new UserInputException("Migration " + file.script() + " cannot be split into statements: "
                    + e.getMessage(), e);
        }
    }


    /** One migrate run on one target. */
    private final class Run {
        private final DatabaseTarget target;
        private final Supplier<List<MigrationFile>> source;
        private List<MigrationFile> files;
        private final MigrationListener listener;
        private final Dialect dialect;
        private final Instant started = Instant.now();
        private final long startNanos = System.nanoTime();

        Run(DatabaseTarget target, Supplier<List<MigrationFile>> migrations, MigrationListener listener) {
            this.target = target;
            this.source = migrations;
            this.listener = listener;
            this.dialect = Dialect.forEngine(target.engine());
        }

        TargetResult execute() {
            try (Connection connection = Connections.open(target)) {
                SchemaHistory history = new SchemaHistory(connection, dialect, options);
                Optional<List<AppliedMigration>> rows = history.readIfExists();
                HistoryAnalysis first = analyse(rows.orElse(List.of()), false);
                if (rows.isPresent() && first.nothingToDo()) {
                    return finish(first, Map.of(), List.of());
                }
                Map<MigrationVersion, List<SqlStatement>> scripts = new HashMap<>();
                for (MigrationFile file : first.pending()) {
                    scripts.put(file.version(), split(target, file));
                }
                if (options.dryRun()) {
                    return dryRun(first);
                }
                DatabaseLock lock = dialect.lock(connection, () -> Connections.open(target), lockRequest());
                try {
                    history.create();
                    HistoryAnalysis analysis = analyse(history.read(), true);
                    if (!analysis.problems().isEmpty()) {
                        return finish(analysis, Map.of(), analysis.problems());
                    }
                    return applyPending(connection, history, analysis, scripts);
                } finally {
                    lock.close();
                }
            } catch (LockTimeoutException e) {
                return failure("Target " + target.describe() + ": " + e.getMessage());
            } catch (SQLException e) {
                return failure(databaseError(target, e).getMessage());
            }
        }

        private List<MigrationFile> files() {
            if (files == null) {
                files = HistoryAnalysis.sorted(source.get());
            }
            return files;
        }

        private HistoryAnalysis analyse(List<AppliedMigration> rows, boolean underLock) {
            return HistoryAnalysis.of(files(), rows, options, Instant.now(), underLock);
        }

        private TargetResult applyPending(Connection connection, SchemaHistory history, HistoryAnalysis analysis,
                Map<MigrationVersion, List<SqlStatement>> scripts) throws SQLException {
            Map<MigrationVersion, FileResult> ran = new HashMap<>();
            Optional<String> error = Optional.empty();
            for (MigrationFile file : analysis.pending()) {
                if (error.isPresent()) {
                    ran.put(file.version(), FileResult.notRun(file.version(), file.script(), FileStatus.NOT_RUN,
                            analysis.isOutOfOrder(file.version()), "Not run: an earlier migration failed."));
                    continue;
                }
                List<SqlStatement> statements = scripts.computeIfAbsent(file.version(), v -> split(target, file));
                listener.fileStarted(target, file);
                FileResult result = new FileRunner(target, options, connection, history, file, statements,
                        analysis.isOutOfOrder(file.version())).run();
                listener.fileFinished(target, result);
                ran.put(file.version(), result);
                if (result.status() == FileStatus.FAILED) {
                    error = result.error();
                }
            }
            return finish(analysis, ran, error.map(List::of).orElse(List.of()));
        }

        private TargetResult dryRun(HistoryAnalysis analysis) {
            Map<MigrationVersion, FileResult> wouldRun = new HashMap<>();
            for (MigrationFile file : analysis.pending()) {
                wouldRun.put(file.version(), FileResult.notRun(file.version(), file.script(), FileStatus.WOULD_APPLY,
                        analysis.isOutOfOrder(file.version()), null));
            }
            return finish(analysis, wouldRun, analysis.problems());
        }

        /** The result: one entry per file in version order, from what ran and from the analysis for the rest. */
        private TargetResult finish(HistoryAnalysis analysis, Map<MigrationVersion, FileResult> ran,
                List<String> errors) {
            analysis.warnings().forEach(warning -> listener.warning(target, warning));
            List<FileResult> results = new ArrayList<>();
            for (VersionStatus version : analysis.versions()) {
                FileResult result = ran.get(version.version());
                if (result == null) {
                    result = notRun(version, !errors.isEmpty());
                }
                results.add(result);
            }
            TargetOutcome outcome;
            if (!errors.isEmpty()) {
                outcome = TargetOutcome.FAILED;
            } else if (results.stream().anyMatch(r -> r.status() == FileStatus.APPLIED
                    || r.status() == FileStatus.WOULD_APPLY)) {
                outcome = TargetOutcome.SUCCESS;
            } else {
                outcome = TargetOutcome.NOTHING_TO_DO;
            }
            Optional<String> error = errors.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", errors));
            return new TargetResult(target.name(), target.redactedUrl(), outcome, results, analysis.warnings(),
                    started, elapsedMs(), error);
        }

        private FileResult notRun(VersionStatus version, boolean blocked) {
            switch (version.state()) {
                case APPLIED:
                case BELOW_BASELINE:
                    return FileResult.notRun(version.version(), version.script(), FileStatus.SKIPPED, false, null);
                case MODIFIED:
                    return FileResult.notRun(version.version(), version.script(), FileStatus.MODIFIED, false,
                            "Changed since it was applied (checksum " + version.appliedChecksum().orElse("?")
                                    + " when applied, " + version.fileChecksum() + " now).");
                case FAILED:
                case STALE_PENDING:
                case IN_PROGRESS:
                    return FileResult.notRun(version.version(), version.script(), FileStatus.NOT_RUN, false,
                            "Blocked: its last attempt did not finish; resolve it first.");
                default:
                    return FileResult.notRun(version.version(), version.script(), FileStatus.NOT_RUN,
                            version.outOfOrder(), blocked ? "Not run: the target is blocked." : null);
            }
        }

        private TargetResult failure(String message) {
            return new TargetResult(target.name(), target.redactedUrl(), TargetOutcome.FAILED,
                    files().stream().map(file -> FileResult.notRun(file.version(), file.script(), FileStatus.NOT_RUN,
                            false, null)).toList(),
                    List.of(), started, elapsedMs(), Optional.of(message));
        }

        private long elapsedMs() {
            return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
        }
    }
}
