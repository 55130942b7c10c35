package io.jenkins.plugins.dbgitops.engine.database;

import io.jenkins.plugins.dbgitops.engine.sql.NonTransactionalStatements;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.engine.sql.SqlStatement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What differs between database engines, behind a few hooks (as Flyway's {@code Database} subclasses): transactional
 * DDL, the history table's DDL, identifier quoting, the lock, and statements that cannot run in a transaction.
 * The common flow lives once, in the migrator.
 */
public abstract class Dialect {
    /** The table of the row lock, for engines without session locks; the schema readers leave it out too. */
    public static final String LOCK_TABLE = "dbgitops_lock";

    private static final Dialect FOR_POSTGRESQL = new PostgresDialect();
    private static final Dialect FOR_MYSQL = new MySqlDialect();
    private static final Dialect FOR_H2 = new H2Dialect();
    private static final Dialect FOR_SQLITE = new SqliteDialect();

    private final SqlEngine engine;
    private final boolean ddlTransactions;

    /**
     * @param engine          whose list of statements that cannot run in a transaction applies
     * @param ddlTransactions whether DDL can be rolled back
     */
    Dialect(SqlEngine engine, boolean ddlTransactions) {
        this.engine = engine;
        this.ddlTransactions = ddlTransactions;
    }

    /** The dialect of an engine. */
    public static Dialect forEngine(SqlEngine engine) {
        return switch (engine) {
            case POSTGRESQL -> FOR_POSTGRESQL;
            case MYSQL, MARIADB -> FOR_MYSQL;
            case H2 -> FOR_H2;
            case SQLITE -> FOR_SQLITE;
        };
    }

    /** Whether DDL can be rolled back, so that a file and its history row can commit or roll back together. */
    public final boolean supportsDdlTransactions() {
        return ddlTransactions;
    }

    /** Quotes an identifier so that no name is ever concatenated into SQL unquoted. */
    public String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** The quoted, schema-qualified name of a table. */
    public String qualify(Optional<String> schema, String table) {
        return schema.map(value -> quote(value) + ".").orElse("") + quote(table);
    }

    /**
     * Whether a statement must run outside a transaction (such as {@code CREATE INDEX CONCURRENTLY}): from the list
     * the review reads too, so that review and rollout judge a file alike.
     */
    public final boolean requiresNoTransaction(SqlStatement statement) {
        return NonTransactionalStatements.requiresNoTransaction(statement.text(), engine);
    }

    /** The column type for long texts (the error column). */
    protected String textType() {
        return "TEXT";
    }

    /** The column type for points in time, stored in UTC. */
    protected String timestampType() {
        return "TIMESTAMP";
    }

    /** Table options appended to {@code CREATE TABLE}. */
    protected String tableOptions() {
        return "";
    }

    /** The DDL of the history table; the rank is assigned by the migrator while it holds the lock. */
    public String historyTableDdl(String qualifiedTable) {
        return "CREATE TABLE IF NOT EXISTS " + qualifiedTable + " ("
                + "installed_rank INTEGER NOT NULL PRIMARY KEY, "
                + "version VARCHAR(50) NOT NULL, "
                + "description VARCHAR(200) NOT NULL, "
                + "type VARCHAR(20) NOT NULL, "
                + "script VARCHAR(1000) NOT NULL, "
                + "checksum VARCHAR(64), "
                + "status VARCHAR(20) NOT NULL, "
                + "release_id VARCHAR(200), "
                + "commit_sha VARCHAR(64), "
                + "applied_by VARCHAR(200) NOT NULL, "
                + "started_at " + timestampType() + " NOT NULL, "
                + "duration_ms BIGINT NOT NULL, "
                + "error " + textType() + ")" + tableOptions();
    }

    /** The statement creating a schema if it is missing, or empty when the engine cannot (MySQL, SQLite). */
    public Optional<String> createSchemaSql(String schema) {
        return Optional.of("CREATE SCHEMA IF NOT EXISTS " + quote(schema));
    }

    /** Driver properties such as connect timeouts, unless the URL sets them. */
    public Properties connectionProperties(String url) {
        return new Properties();
    }

    /** The given driver properties, leaving out those the URL sets itself ({@code name=...}): the URL wins. */
    protected static Properties unlessInUrl(String url, Map<String, String> defaults) {
        Properties properties = new Properties();
        defaults.forEach((name, value) -> {
            if (!url.contains(name + "=")) {
                properties.setProperty(name, value);
            }
        });
        return properties;
    }

    /** Session settings applied to every new connection. */
    public void prepare(Connection connection) throws SQLException {
        // nothing by default
    }

    /** Whether the table exists; asked only after reading the history failed, so it costs nothing when it does. */
    public boolean tableExists(Connection connection, Optional<String> schema, String table) throws SQLException {
        return hasTable(connection, null, schema.orElse(connection.getSchema()), table);
    }

    /** Whether the driver's metadata lists the table in the catalog and schema given (null: any). */
    protected static boolean hasTable(Connection connection, String catalog, String schemaPattern, String table)
            throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(catalog, schemaPattern, table, null)) {
            return containsTable(tables, table);
        }
    }

    private static boolean containsTable(ResultSet tables, String table) throws SQLException {
        while (tables.next()) {
            // the name is a LIKE pattern ('_' matches anything): compare exactly
            if (table.equals(tables.getString("TABLE_NAME"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Takes the lock that allows one run per history table, waiting at most {@code request.maxWait()}: by default a
     * row in a lock table, for engines without session locks (H2, SQLite).
     *
     * @param main    the connection the migration runs on
     * @param opener  opens a dedicated connection where the lock must not share the migration's session
     * @throws LockTimeoutException naming the holder when the wait is over
     */
    public DatabaseLock lock(Connection main, ConnectionFactory opener, LockRequest request) throws SQLException {
        return LockTableLock.acquire(this, main, request);
    }
}
