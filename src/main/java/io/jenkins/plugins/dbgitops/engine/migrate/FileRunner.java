package io.jenkins.plugins.dbgitops.engine.migrate;

import io.jenkins.plugins.dbgitops.engine.database.Connections;
import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.database.Dialect;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationFile;
import io.jenkins.plugins.dbgitops.engine.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Runs one migration file, statement by statement, and writes its history row: in one transaction with the
 * statements where the engine can roll back DDL and the file allows it, else around them ({@code PENDING} first).
 */
final class FileRunner {
    private final DatabaseTarget target;
    private final Dialect dialect;
    private final MigrationOptions options;
    private final Connection connection;
    private final SchemaHistory history;
    private final MigrationFile file;
    private final List<SqlStatement> statements;
    private final boolean outOfOrder;
    private final boolean transactional;
    private final Instant started = Instant.now();
    private final long startNanos = System.nanoTime();

    FileRunner(DatabaseTarget target, MigrationOptions options, Connection connection, SchemaHistory history,
            MigrationFile file, List<SqlStatement> statements, boolean outOfOrder) {
        this.target = target;
        this.dialect = Dialect.forEngine(target.engine());
        this.options = options;
        this.connection = connection;
        this.history = history;
        this.file = file;
        this.statements = statements;
        this.outOfOrder = outOfOrder;
        this.transactional = isTransactional(dialect, file, statements);
    }

    /** Whether a file runs in one transaction: the engine rolls back DDL and neither file nor statement objects. */
    static boolean isTransactional(Dialect dialect, MigrationFile file, List<SqlStatement> statements) {
        return dialect.supportsDdlTransactions() && !file.noTransactionDirective()
                && statements.stream().noneMatch(dialect::requiresNoTransaction);
    }

    /**
     * Runs the file. A failing statement is reported in the result (and the history); only a failure of the
     * history itself or of the connection is thrown.
     */
    FileResult run() throws SQLException {
        return transactional ? runInTransaction() : runStatementByStatement();
    }

    /** Statements and the {@code DONE} row commit together; a failure leaves only a {@code FAILED} row. */
    private FileResult runInTransaction() throws SQLException {
        connection.setAutoCommit(false);
        try {
            executeAll();
            insert(HistoryStatus.DONE, Optional.empty());
            connection.commit();
            return result(FileStatus.APPLIED, Optional.empty());
        } catch (StatementFailure failure) {
            connection.rollback();
            connection.setAutoCommit(true);
            String error = message(failure);
            insert(HistoryStatus.FAILED, Optional.of(error));
            return result(FileStatus.FAILED, Optional.of(error));
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** A {@code PENDING} row first, so that an interruption leaves a trace that blocks the target. */
    private FileResult runStatementByStatement() throws SQLException {
        AppliedMigration row = insert(HistoryStatus.PENDING, Optional.empty());
        try {
            executeAll();
            history.finish(row.rank(), HistoryStatus.DONE, elapsedMs(), Optional.empty());
            return result(FileStatus.APPLIED, Optional.empty());
        } catch (StatementFailure failure) {
            String error = message(failure);
            history.finish(row.rank(), HistoryStatus.FAILED, elapsedMs(), Optional.of(error));
            return result(FileStatus.FAILED, Optional.of(error));
        }
    }

    private void executeAll() throws StatementFailure {
        try (Statement statement = connection.createStatement()) {
            // scripts are SQL as written: no JDBC escape processing of {fn ...} or {d ...}
            statement.setEscapeProcessing(false);
            for (int i = 0; i < statements.size(); i++) {
                try {
                    statement.execute(statements.get(i).text());
                } catch (SQLException e) {
                    throw new StatementFailure(i, e);
                }
            }
        } catch (SQLException e) {
            throw new StatementFailure(0, e);
        }
    }

    private String message(StatementFailure failure) {
        int line = statements.isEmpty() ? 1 : statements.get(failure.index).line();
        String databaseMessage = Connections.oneLine(target.sanitize(failure.getCause().getMessage()));
        return RolloutMessages.statementFailed(file, failure.index + 1, statements.size(), line, databaseMessage,
                transactional, dialect.supportsDdlTransactions());
    }

    private AppliedMigration insert(HistoryStatus status, Optional<String> error) throws SQLException {
        return history.insert(file.version(), file.description(), file.type().name(), file.script(),
                Optional.of(file.checksum()), status, options.appliedBy(), started,
                status == HistoryStatus.PENDING ? 0 : elapsedMs(), error);
    }

    private FileResult result(FileStatus status, Optional<String> error) {
        return new FileResult(file.version(), file.script(), status, outOfOrder, transactional,
                Optional.of(started), elapsedMs(), error);
    }

    private long elapsedMs() {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    }

    /** A statement of the file failed; carries its index. */
    private static final class StatementFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final int index;

        StatementFailure(int index, SQLException cause) {
            super("Statement " + (index + 1) + " failed", cause);
            this.index = index;
        }
    }
}
