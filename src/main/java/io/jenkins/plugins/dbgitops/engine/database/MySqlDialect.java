package io.jenkins.plugins.dbgitops.engine.database;

import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** MySQL and MariaDB: DDL commits implicitly, so files run statement by statement; {@code GET_LOCK} locks. */
final class MySqlDialect extends Dialect {
    MySqlDialect() {
        super(SqlEngine.MYSQL, false); // MariaDB's statements behave alike
    }

    @Override
    public String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    @Override
    protected String timestampType() {
        // DATETIME, unlike TIMESTAMP, is not converted between time zones and does not end in 2038
        return "DATETIME(3)";
    }

    @Override
    protected String tableOptions() {
        return " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4";
    }

    @Override
    public Optional<String> createSchemaSql(String schema) {
        return Optional.empty();
    }

    @Override
    public Properties connectionProperties(String url) {
        return unlessInUrl(url, Map.of("connectTimeout", "10000"));
    }

    @Override
    public boolean tableExists(Connection connection, Optional<String> schema, String table) throws SQLException {
        // MySQL's schemas are its catalogs
        return hasTable(connection, schema.orElse(connection.getCatalog()), null, table);
    }

    @Override
    public DatabaseLock lock(Connection main, ConnectionFactory opener, LockRequest request) throws SQLException {
        return MySqlNamedLock.acquire(main, request);
    }
}
