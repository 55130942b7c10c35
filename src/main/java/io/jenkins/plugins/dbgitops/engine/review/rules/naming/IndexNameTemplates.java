package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of the templates in an index naming format: {{table}} and {{column_list}}, and for foreign keys
 * {{referencing_table}}, {{referencing_column}}, {{referenced_table}} and {{referenced_column}}.
 */
final class IndexNameTemplates {
    private IndexNameTemplates() {
    }

    static Map<String, String> values(String table, List<String> columns) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("table", table);
        values.put("column_list", String.join("_", columns));
        return values;
    }

    static Map<String, String> foreignKeyValues(String table, List<String> columns, String referencedTable,
            List<String> referencedColumns) {
        Map<String, String> values = values(table, columns);
        values.put("referencing_table", table);
        values.put("referencing_column", String.join("_", columns));
        values.put("referenced_table", referencedTable);
        values.put("referenced_column", String.join("_", referencedColumns));
        return values;
    }
}
