package io.jenkins.plugins.dbgitops.engine.review.schema;

import io.jenkins.plugins.dbgitops.engine.database.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL's schema as DDL, from {@code pg_catalog}: schemas, enum types, sequences, tables (columns with type,
 * nullability, default and identity; primary key, unique and check constraints), then foreign keys, other indexes
 * and views, so that the file runs in order on an empty database. Names are quoted by {@code quote_ident}; tables of
 * the current schema are written unqualified. Every list is sorted by name, so a dump is byte-for-byte stable.
 */
final class PostgresSchemaDdl extends SchemaDdl {
    private static final String USER_SCHEMAS = "n.nspname NOT IN ('pg_catalog', 'information_schema')"
            + " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'"
            + " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')";
    private static final String NAME = "CASE WHEN n.nspname = current_schema() THEN '' ELSE quote_ident(n.nspname)"
            + " || '.' END || quote_ident(c.relname)";

    PostgresSchemaDdl(Connection connection, String historyTable) {
        super(connection, historyTable);
    }

    @Override
    String ddl() throws SQLException {
        StringBuilder out = new StringBuilder();
        for (List<String> row : query("SELECT quote_ident(n.nspname) FROM pg_namespace n WHERE "
                + USER_SCHEMAS.replace("c.oid", "n.oid") + " AND n.nspname <> current_schema() ORDER BY 1")) {
            out.append("CREATE SCHEMA IF NOT EXISTS ").append(row.get(0)).append(";\n");
        }
        enums(out);
        for (List<String> row : query("SELECT " + NAME + " FROM pg_class c JOIN pg_namespace n ON n.oid ="
                + " c.relnamespace WHERE c.relkind = 'S' AND " + USER_SCHEMAS + " AND NOT EXISTS (SELECT 1 FROM"
                + " pg_depend d WHERE d.objid = c.oid AND d.deptype = 'i') ORDER BY 1")) {
            out.append("CREATE SEQUENCE ").append(row.get(0)).append(";\n");
        }
        tables(out);
        for (List<String> row : query("SELECT " + NAME + ", quote_ident(k.conname), pg_get_constraintdef(k.oid)"
                + " FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid ="
                + " c.relnamespace WHERE k.contype IN ('f', 'x') AND " + USER_SCHEMAS + tableFilter()
                + " ORDER BY 1, 2")) {
            out.append("ALTER TABLE ").append(row.get(0)).append(" ADD CONSTRAINT ").append(row.get(1)).append(' ')
                    .append(row.get(2)).append(";\n");
        }
        for (List<String> row : query("SELECT " + NAME + ", i.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x"
                + " JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid JOIN pg_namespace n"
                + " ON n.oid = c.relnamespace WHERE " + USER_SCHEMAS + tableFilter() + " AND NOT EXISTS (SELECT 1"
                + " FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u', 'x'))"
                + " AND c.relkind IN ('r', 'p', 'm') ORDER BY 1, 2")) {
            out.append(row.get(2)).append(";\n");
        }
        // views in creation order (oid), so that a view follows the views it reads
        for (List<String> row : query("SELECT " + NAME + ", c.relkind, pg_get_viewdef(c.oid, true) FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('v', 'm') AND " + USER_SCHEMAS
                + " ORDER BY c.oid")) {
            String definition = row.get(2).strip();
            definition = definition.endsWith(";") ? definition.substring(0, definition.length() - 1) : definition;
            out.append("m".equals(row.get(1)) ? "CREATE MATERIALIZED VIEW " : "CREATE VIEW ").append(row.get(0))
                    .append(" AS\n").append(definition).append(";\n");
        }
        return out.toString();
    }

    private void enums(StringBuilder out) throws SQLException {
        for (List<String> row : query("SELECT CASE WHEN n.nspname = current_schema() THEN '' ELSE"
                + " quote_ident(n.nspname) || '.' END || quote_ident(t.typname), string_agg(quote_literal(e.enumlabel),"
                + " ', ' ORDER BY e.enumsortorder) FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid"
                + " JOIN pg_namespace n ON n.oid = t.typnamespace WHERE " + USER_SCHEMAS.replace("c.oid", "t.oid")
                + " GROUP BY 1 ORDER BY 1")) {
            out.append("CREATE TYPE ").append(row.get(0)).append(" AS ENUM (").append(row.get(1)).append(");\n");
        }
    }

    private void tables(StringBuilder out) throws SQLException {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        for (List<String> row : query("SELECT " + NAME + " FROM pg_class c JOIN pg_namespace n ON n.oid ="
                + " c.relnamespace WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND " + USER_SCHEMAS
                + tableFilter() + " ORDER BY 1")) {
            parts.put(row.get(0), new ArrayList<>());
        }
        for (List<String> row : query("SELECT " + NAME + ", quote_ident(a.attname), format_type(a.atttypid,"
                + " a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated"
                + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid ="
                + " c.relnamespace LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                + " WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p') AND " + USER_SCHEMAS
                + " ORDER BY 1, a.attnum")) {
            List<String> columns = parts.get(row.get(0));
            if (columns != null) {
                columns.add(column(row));
            }
        }
        for (List<String> row : query("SELECT " + NAME + ", quote_ident(k.conname), pg_get_constraintdef(k.oid)"
                + " FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid ="
                + " c.relnamespace WHERE k.contype IN ('p', 'u', 'c') AND " + USER_SCHEMAS
                + " ORDER BY 1, k.contype DESC, 2")) {
            List<String> columns = parts.get(row.get(0));
            if (columns != null) {
                columns.add("CONSTRAINT " + row.get(1) + " " + row.get(2));
            }
        }
        for (Map.Entry<String, List<String>> table : parts.entrySet()) {
            out.append("CREATE TABLE ").append(table.getKey()).append(" (\n    ")
                    .append(String.join(",\n    ", table.getValue())).append("\n);\n");
        }
    }

    private static String column(List<String> row) {
        StringBuilder column = new StringBuilder(row.get(1)).append(' ').append(row.get(2));
        String identity = row.get(5);
        if ("s".equals(row.get(6))) {
            column.append(" GENERATED ALWAYS AS (").append(row.get(4)).append(") STORED");
        } else if (row.get(4) != null) {
            column.append(" DEFAULT ").append(row.get(4));
        }
        if ("a".equals(identity)) {
            column.append(" GENERATED ALWAYS AS IDENTITY");
        } else if ("d".equals(identity)) {
            column.append(" GENERATED BY DEFAULT AS IDENTITY");
        }
        if ("t".equals(row.get(3))) {
            column.append(" NOT NULL");
        }
        return column.toString();
    }

    /** Leaves out this tool's own tables: the history is read for its versions, not walked. */
    private String tableFilter() {
        return " AND c.relname NOT IN ('" + historyTable.replace("'", "''") + "', '" + Dialect.LOCK_TABLE + "')";
    }
}
