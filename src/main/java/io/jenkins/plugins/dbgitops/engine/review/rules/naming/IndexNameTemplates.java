package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The values of the templates in an index naming format: {{table}} and {{column_list}}. */
final class IndexNameTemplates {
    private IndexNameTemplates() {
    }

    static Map<String, String> values(String table, List<String> columns) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("table", table);
        values.put("column_list", String.join("_", columns));
        return values;
    }
}
