package io.jenkins.plugins.dbgitops.engine.database;

import io.jenkins.plugins.dbgitops.engine.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * PostgreSQL: transactional DDL; a session-level advisory lock on a dedicated connection (an idle session holds no
 * transaction, so {@code CREATE INDEX CONCURRENTLY}, which waits for older transactions, cannot wait for it).
 */
final class PostgresDialect extends Dialect {
    static final PostgresDialect INSTANCE = new PostgresDialect();

    /** Statements PostgreSQL refuses (or cannot make safe) inside a transaction block. */
    private static final List<Pattern> NON_TRANSACTIONAL = List.of(
            Pattern.compile("^create\\s+(unique\\s+)?index\\s+concurrently\\b"),
            Pattern.compile("^drop\\s+index\\s+concurrently\\b"),
            Pattern.compile("^reindex\\b.*\\bconcurrently\\b", Pattern.DOTALL),
            Pattern.compile("^alter\\s+index\\b.*\\battach\\s+partition\\b.*\\bconcurrently\\b", Pattern.DOTALL),
            Pattern.compile("^alter\\s+table\\b.*\\bdetach\\s+partition\\b.*\\bconcurrently\\b", Pattern.DOTALL),
            Pattern.compile("^vacuum\\b"),
            // ADD VALUE runs in a transaction since PostgreSQL 12, but the new value cannot be used before commit
            Pattern.compile("^alter\\s+type\\b.*\\badd\\s+value\\b", Pattern.DOTALL),
            Pattern.compile("^(create|drop)\\s+database\\b"),
            Pattern.compile("^(create|drop)\\s+tablespace\\b"),
            Pattern.compile("^alter\\s+system\\b"),
            Pattern.compile("^create\\s+subscription\\b"),
            Pattern.compile("^drop\\s+subscription\\b"));

    private PostgresDialect() {
    }

    @Override
    public boolean supportsDdlTransactions() {
        return true;
    }

    @Override
    public boolean requiresNoTransaction(SqlStatement statement) {
        String text = normalisedStart(statement);
        return NON_TRANSACTIONAL.stream().anyMatch(pattern -> pattern.matcher(text).find());
    }

    @Override
    public Properties connectionProperties(String url) {
        Properties properties = new Properties();
        if (!url.contains("connectTimeout=")) {
            properties.setProperty("connectTimeout", "10");
        }
        if (!url.contains("ApplicationName=")) {
            properties.setProperty("ApplicationName", "dbgitops");
        }
        return properties;
    }

    @Override
    public DatabaseLock lock(Connection main, ConnectionFactory opener, LockRequest request) throws SQLException {
        return PostgresAdvisoryLock.acquire(opener, request);
    }
}
