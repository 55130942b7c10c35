package io.jenkins.plugins.dbgitops.engine.database;

import io.jenkins.plugins.dbgitops.engine.sql.NonTransactionalStatements;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.engine.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/**
 * PostgreSQL: transactional DDL; a session-level advisory lock on a dedicated connection (an idle session holds no
 * transaction, so {@code CREATE INDEX CONCURRENTLY}, which waits for older transactions, cannot wait for it).
 */
final class PostgresDialect extends Dialect {
    static final PostgresDialect INSTANCE = new PostgresDialect();

    private PostgresDialect() {
    }

    @Override
    public boolean supportsDdlTransactions() {
        return true;
    }

    @Override
    public boolean requiresNoTransaction(SqlStatement statement) {
        // the list the review reads too, so that review and rollout judge a file alike
        return NonTransactionalStatements.requiresNoTransaction(statement.text(), SqlEngine.POSTGRESQL);
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
