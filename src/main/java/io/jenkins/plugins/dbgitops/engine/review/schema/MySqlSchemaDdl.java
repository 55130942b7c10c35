package io.jenkins.plugins.dbgitops.engine.review.schema;

import io.jenkins.plugins.dbgitops.engine.database.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The schema of the connection's database on MySQL and MariaDB, as the server writes it: {@code SHOW CREATE TABLE}
 * for tables (columns, keys, indexes, foreign keys), without the {@code AUTO_INCREMENT=} counter that changes with
 * the data, and views from {@code information_schema.VIEWS} without their definer. Foreign key checks are off at the
 * top, so the tables run in name order on an empty database.
 */
final class MySqlSchemaDdl extends SchemaDdl {
    private static final Pattern AUTO_INCREMENT_COUNTER = Pattern.compile(" AUTO_INCREMENT=\\d+");

    MySqlSchemaDdl(Connection connection, String historyTable) {
        super(connection, historyTable);
    }

    @Override
    String ddl() throws SQLException {
        StringBuilder out = new StringBuilder("SET FOREIGN_KEY_CHECKS = 0;\n");
        List<List<String>> tables = query("SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME");
        List<List<String>> views = query("SELECT TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS"
                + " WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME");
        for (List<String> table : tables) {
            String name = table.get(0);
            if ("BASE TABLE".equals(table.get(1)) && !name.equals(historyTable) && !name.equals(Dialect.LOCK_TABLE)) {
                for (List<String> row : query("SHOW CREATE TABLE " + quote(name))) {
                    out.append(AUTO_INCREMENT_COUNTER.matcher(row.get(1)).replaceAll("")).append(";\n");
                }
            }
        }
        String database = query("SELECT DATABASE()").get(0).get(0);
        for (List<String> view : views) {
            // the server qualifies every name with the database: drop it so the snapshot loads anywhere
            String definition = view.get(1).replace(quote(database) + ".", "");
            out.append("CREATE VIEW ").append(quote(view.get(0))).append(" AS ").append(definition).append(";\n");
        }
        out.append("SET FOREIGN_KEY_CHECKS = 1;\n");
        return out.toString();
    }

    private static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
