package io.jenkins.plugins.dbgitops.engine.database;

import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * SQLite: transactional DDL (VACUUM runs outside), one file per database, a lock row; writers wait for each other
 * (busy timeout).
 */
final class SqliteDialect extends Dialect {
    private static final int BUSY_TIMEOUT_MS = 30_000;

    SqliteDialect() {
        super(SqlEngine.SQLITE, true);
    }

    @Override
    public Optional<String> createSchemaSql(String schema) {
        return Optional.empty();
    }

    @Override
    public void prepare(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
        }
    }

    @Override
    public boolean tableExists(Connection connection, Optional<String> schema, String table) throws SQLException {
        return hasTable(connection, null, null, table);
    }
}
