package io.jenkins.plugins.dbgitops.engine.review.schema;

import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A live database's schema as DDL, read from one engine's catalog. This tool's own tables (the history and the lock)
 * are left out: the history is read for its versions, not walked.
 */
abstract class SchemaDdl {
    private final Connection connection;
    final String historyTable;

    SchemaDdl(Connection connection, String historyTable) {
        this.connection = connection;
        this.historyTable = historyTable;
    }

    /** The reader of a PostgreSQL, MySQL or MariaDB catalog. */
    static SchemaDdl of(SqlEngine engine, Connection connection, String historyTable) {
        return engine == SqlEngine.POSTGRESQL ? new PostgresSchemaDdl(connection, historyTable)
                : new MySqlSchemaDdl(connection, historyTable);
    }

    /** The schema as statements that recreate it on an empty database. */
    abstract String ddl() throws SQLException;

    /** Every row of a catalog query, each column as text, under the query timeout. */
    final List<List<String>> query(String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement statement = LiveSchemaReader.timed(connection); ResultSet result = statement.executeQuery(sql)) {
            int width = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>(width);
                for (int i = 1; i <= width; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
