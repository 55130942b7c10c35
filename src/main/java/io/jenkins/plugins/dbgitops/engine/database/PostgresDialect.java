package io.jenkins.plugins.dbgitops.engine.database;

import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/**
 * PostgreSQL: transactional DDL; a session-level advisory lock on a dedicated connection (an idle session holds no
 * transaction, so {@code CREATE INDEX CONCURRENTLY}, which waits for older transactions, cannot wait for it).
 */
final class PostgresDialect extends Dialect {
    PostgresDialect() {
        super(SqlEngine.POSTGRESQL, true);
    }

    @Override
    public Properties connectionProperties(String url) {
        return unlessInUrl(url, Map.of("connectTimeout", "10", "ApplicationName", "dbgitops"));
    }

    @Override
    public DatabaseLock lock(Connection main, ConnectionFactory opener, LockRequest request) throws SQLException {
        return PostgresAdvisoryLock.acquire(opener, request);
    }
}
