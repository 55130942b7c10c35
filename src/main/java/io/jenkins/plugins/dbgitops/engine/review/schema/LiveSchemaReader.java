package io.jenkins.plugins.dbgitops.engine.review.schema;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.database.Connections;
import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.database.Dialect;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationVersion;
import io.jenkins.plugins.dbgitops.engine.migrate.HistoryStatus;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Reads a live database's schema into a {@link SchemaSnapshot}, never writing: one read-only transaction that is
 * rolled back, and a timeout on every query. The history table ({@code dbgitops_history}) is left out of the schema
 * and read for the versions the database already holds.
 */
public final class LiveSchemaReader {
    /** How long one catalog query may run; a catalog of thousands of tables reads in well under a second. */
    public static final Duration QUERY_TIMEOUT = Duration.ofSeconds(30);

    private final String historyTable;

    public LiveSchemaReader(String historyTable) {
        this.historyTable = historyTable;
    }

    /**
     * Reads the schema of the target's database (PostgreSQL: every schema but the system ones; MySQL and
     * MariaDB: the URL's database).
     *
     * @throws UserInputException on an engine without a reader, a failed connection or a failed catalog query, in
     *                            one line without the password
     */
    public SchemaSnapshot read(DatabaseTarget target) {
        if (target.engine() != SqlEngine.POSTGRESQL && target.engine() != SqlEngine.MYSQL
                && target.engine() != SqlEngine.MARIADB) {
            throw new UserInputException("Cannot read the schema of " + target.describe() + ": reading a live schema"
                    + " works on PostgreSQL, MySQL and MariaDB. Review against the migrations, or a snapshot file.");
        }
        try (Connection connection = Connections.open(target)) {
            return inReadOnlyTransaction(connection, target);
        } catch (SQLException e) {
            throw new UserInputException("Cannot read the schema of " + target.describe() + ": "
                    + Connections.oneLine(target.sanitize(e.getMessage()))
                    + ". Check that the user may read the catalog (SELECT is enough).", e);
        }
    }

    private SchemaSnapshot inReadOnlyTransaction(Connection connection, DatabaseTarget target) throws SQLException {
        connection.setAutoCommit(false);
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute(target.engine() == SqlEngine.POSTGRESQL ? "SET TRANSACTION READ ONLY"
                        : "SET SESSION TRANSACTION READ ONLY");
            }
            if (target.engine() != SqlEngine.POSTGRESQL) {
                // MySQL applies the session characteristic from the next transaction on
                connection.commit();
            }
            String ddl = SchemaDdl.of(target.engine(), connection, historyTable).ddl();
            SortedSet<MigrationVersion> applied = new TreeSet<>();
            Optional<MigrationVersion> baseline = readHistory(connection, target, applied);
            return new SchemaSnapshot(target.engine(), target.redactedUrl(), ddl, applied, baseline);
        } finally {
            connection.rollback();
        }
    }

    /** Fills {@code applied} with the versions recorded as done; returns the baseline, if any. */
    private Optional<MigrationVersion> readHistory(Connection connection, DatabaseTarget target,
            SortedSet<MigrationVersion> applied) throws SQLException {
        Dialect dialect = Dialect.forEngine(target.engine());
        // asked first: a failed query would abort PostgreSQL's transaction
        if (!dialect.tableExists(connection, Optional.empty(), historyTable)) {
            return Optional.empty();
        }
        Optional<MigrationVersion> baseline = Optional.empty();
        try (Statement statement = timed(connection);
                ResultSet rows = statement.executeQuery("SELECT version, status FROM "
                        + dialect.qualify(Optional.empty(), historyTable) + " ORDER BY installed_rank")) {
            // the history is a log: the last row of a version decides whether it counts as applied
            while (rows.next()) {
                MigrationVersion version = MigrationVersion.parse(rows.getString(1));
                HistoryStatus status = HistoryStatus.valueOf(rows.getString(2));
                if (status == HistoryStatus.BASELINE) {
                    baseline = Optional.of(version);
                } else if (status.countsAsApplied()) {
                    applied.add(version);
                } else {
                    applied.remove(version);
                }
            }
        }
        return baseline;
    }

    static Statement timed(Connection connection) throws SQLException {
        Statement statement = connection.createStatement();
        statement.setQueryTimeout((int) QUERY_TIMEOUT.toSeconds());
        return statement;
    }
}
