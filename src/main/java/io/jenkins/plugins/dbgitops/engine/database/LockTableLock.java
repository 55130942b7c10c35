package io.jenkins.plugins.dbgitops.engine.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * For engines without session locks (H2, SQLite): a row in {@code dbgitops_lock}, inserted atomically (the primary
 * key lets only one insert win) and deleted on release. The row names its holder and when it was taken; a row older
 * than the stale threshold was left by a crashed run and is taken over.
 */
final class LockTableLock implements DatabaseLock {
    private final Connection connection;
    private final String table;
    private final String name;
    private final String holder;

    private LockTableLock(Connection connection, String table, String name, String holder) {
        this.connection = connection;
        this.table = table;
        this.name = name;
        this.holder = holder;
    }

    static DatabaseLock acquire(Dialect dialect, Connection connection, LockRequest request) throws SQLException {
        String table = dialect.qualify(request.schema(), Dialect.LOCK_TABLE);
        createTable(dialect, connection, request, table);
        // a unique token, so that release deletes our own row and never a row that took over a stale one
        String holder = request.holder() + " [" + UUID.randomUUID().toString().substring(0, 8) + "]";
        LockWaiting waiting = new LockWaiting(request.maxWait());
        while (true) {
            SQLException insertFailure;
            try {
                insert(connection, table, request.name(), holder);
                return new LockTableLock(connection, table, request.name(), holder);
            } catch (SQLException e) {
                insertFailure = e;
            }
            Existing existing = read(connection, table, request.name());
            if (existing == null) {
                if (waiting.expired()) {
                    throw insertFailure;
                }
                continue;
            }
            if (existing.acquiredAt().isBefore(Instant.now().minus(request.staleAfter()))) {
                delete(connection, table, request.name(), existing.holder());
                continue;
            }
            if (waiting.expired()) {
                throw new LockTimeoutException("Another migration run holds the lock on this database (held by "
                        + existing.holder() + " since " + existing.acquiredAt() + ", row '" + request.name() + "' in "
                        + Dialect.LOCK_TABLE + ") and did not release it within " + request.maxWait().toSeconds()
                        + " s. Wait for it to finish; if it crashed, the row is taken over after " + request.staleAfter().toMinutes()
                        + " minutes, or delete it by hand.");
            }
            waiting.pause();
        }
    }

    private static void createTable(Dialect dialect, Connection connection, LockRequest request, String table)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // the lock comes before the history, so it creates the schema they share
            Optional<String> createSchema = request.schema().flatMap(dialect::createSchemaSql);
            if (createSchema.isPresent()) {
                statement.execute(createSchema.get());
            }
            statement.execute("CREATE TABLE IF NOT EXISTS " + table + " (lock_name VARCHAR(200) NOT NULL PRIMARY KEY,"
                    + " holder VARCHAR(500) NOT NULL, acquired_at TIMESTAMP NOT NULL)");
        } catch (SQLException e) {
            // two runs may create it at the same moment; only a table that is still missing is an error
            if (!dialect.tableExists(connection, request.schema(), Dialect.LOCK_TABLE)) {
                throw e;
            }
        }
    }

    private static void insert(Connection connection, String table, String name, String holder) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO " + table + " (lock_name, holder, acquired_at) VALUES (?, ?, ?)")) {
            statement.setString(1, name);
            statement.setString(2, holder);
            UtcTime.set(statement, 3, Instant.now());
            statement.executeUpdate();
        }
    }

    private record Existing(String holder, Instant acquiredAt) {
    }

    private static Existing read(Connection connection, String table, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT holder, acquired_at FROM " + table + " WHERE lock_name = ?")) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? new Existing(rows.getString("holder"), UtcTime.get(rows, "acquired_at")) : null;
            }
        }
    }

    private static void delete(Connection connection, String table, String name, String holder) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM " + table + " WHERE lock_name = ? AND holder = ?")) {
            statement.setString(1, name);
            statement.setString(2, holder);
            statement.executeUpdate();
        }
    }

    @Override
    public void close() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            delete(connection, table, name, holder);
        } catch (SQLException e) {
            // the row stays; the next run takes it over once it is stale, and the lock error names it
        }
    }
}
