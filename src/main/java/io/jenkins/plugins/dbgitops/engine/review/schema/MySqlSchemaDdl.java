package io.jenkins.plugins.dbgitops.engine.review.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The schema of the connection's database on MySQL and MariaDB, as the server writes it: {@code SHOW CREATE TABLE}
 * for tables (columns, keys, indexes, foreign keys), without the {@code AUTO_INCREMENT=} counter that changes with
 * the data, and views from {@code information_schema.VIEWS} without their definer. Foreign key checks are off at the
 * top, so the tables run in name order on an empty database.
 */
final class MySqlSchemaDdl {
    private static final Pattern AUTO_INCREMENT_COUNTER = Pattern.compile(" AUTO_INCREMENT=\\d+");

    private final Connection connection;
    private final String historyTable;

    MySqlSchemaDdl(Connection connection, String historyTable) {
        this.connection = connection;
        this.historyTable = historyTable;
    }

    String ddl() throws SQLException {
        StringBuilder out = new StringBuilder("SET FOREIGN_KEY_CHECKS = 0;\n");
        List<String> tables = new ArrayList<>();
        List<String[]> views = new ArrayList<>();
        try (Statement statement = LiveSchemaReader.timed(connection);
                ResultSet rows = statement.executeQuery("SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES"
                        + " WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME")) {
            while (rows.next()) {
                String name = rows.getString(1);
                if ("BASE TABLE".equals(rows.getString(2)) && !name.equals(historyTable)
                        && !name.equals("dbgitops_lock")) {
                    tables.add(name);
                }
            }
        }
        try (Statement statement = LiveSchemaReader.timed(connection);
                ResultSet rows = statement.executeQuery("SELECT TABLE_NAME, VIEW_DEFINITION FROM"
                        + " information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME")) {
            while (rows.next()) {
                views.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        for (String table : tables) {
            try (Statement statement = LiveSchemaReader.timed(connection);
                    ResultSet row = statement.executeQuery("SHOW CREATE TABLE " + quote(table))) {
                if (row.next()) {
                    out.append(AUTO_INCREMENT_COUNTER.matcher(row.getString(2)).replaceAll("")).append(";\n");
                }
            }
        }
        String database = database();
        for (String[] view : views) {
            // the server qualifies every name with the database: drop it so the snapshot loads anywhere
            String definition = view[1].replace(quote(database) + ".", "");
            out.append("CREATE VIEW ").append(quote(view[0])).append(" AS ").append(definition).append(";\n");
        }
        out.append("SET FOREIGN_KEY_CHECKS = 1;\n");
        return out.toString();
    }

    private String database() throws SQLException {
        try (Statement statement = LiveSchemaReader.timed(connection);
                ResultSet row = statement.executeQuery("SELECT DATABASE()")) {
            row.next();
            return row.getString(1);
        }
    }

    private static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
