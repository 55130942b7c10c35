package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.migrate.MigrationOptions;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Where the history lives and how runs are recorded; a picocli {@code @Mixin} for every command that needs it. */
public final class HistoryOptions {

    @Option(names = "--history-table", paramLabel = "TABLE", defaultValue = MigrationOptions.DEFAULT_HISTORY_TABLE,
            description = "History table name (default: ${DEFAULT-VALUE}).")
    String historyTable;

    @Option(names = "--schema", paramLabel = "SCHEMA",
            description = "Schema (MySQL: database) of the history table (default: the connection's).")
    String schema;

    @Option(names = "--lock-wait", paramLabel = "SECONDS", defaultValue = "300",
            description = "How long to wait for another run's lock (default: ${DEFAULT-VALUE} s).")
    long lockWaitSeconds;

    @Option(names = "--stale-after", paramLabel = "MINUTES", defaultValue = "60",
            description = "A PENDING history row or lock row older than this was left by a crashed run and may be"
                    + " taken over (default: ${DEFAULT-VALUE} min). Raise it above your longest migration.")
    long staleAfterMinutes;

    @Option(names = "--applied-by", paramLabel = "NAME",
            description = "Who runs it, recorded in the history (default: the OS user).")
    String appliedBy;

    /** The options these flags describe. */
    public MigrationOptions toOptions() {
        return MigrationOptions.defaults()
                .withHistoryTable(historyTable)
                .withSchema(schema)
                .withLockWait(Duration.ofSeconds(Math.max(0, lockWaitSeconds)))
                .withStalePendingAfter(Duration.ofMinutes(Math.max(1, staleAfterMinutes)))
                .withAppliedBy(appliedBy);
    }
}
