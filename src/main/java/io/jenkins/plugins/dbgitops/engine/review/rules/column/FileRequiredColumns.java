package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The required columns of each table a MySQL file touches, followed to the end of the file as Bytebase's MySQL
 * {@code column.required} advisor follows them ({@code rule_column_required.go}): a table created without a column
 * that a later ALTER adds, or renamed into place, passes; a dropped table is forgotten. A table the file did not
 * create starts with every required column present. Each table missing columns at the end is reported once, at the
 * line of its CREATE TABLE or of the last clause that removed a required column.
 */
final class FileRequiredColumns {
    /** Per table, whether each required column (lower case) is present. */
    private final Map<String, Map<String, Boolean>> tables = new TreeMap<>();
    private final Map<String, Integer> lines = new HashMap<>();

    void clear() {
        tables.clear();
        lines.clear();
    }

    void created(String table, List<String> columns, Set<String> required, int line) {
        Map<String, Boolean> present = new HashMap<>();
        tables.put(table, present);
        lines.put(table, line);
        columns.forEach(column -> added(table, column, required));
    }

    void droppedTable(String table) {
        tables.remove(table);
    }

    void added(String table, String column, Set<String> required) {
        String key = column.toLowerCase(Locale.ROOT);
        if (required.contains(key)) {
            state(table, required).put(key, true);
        }
    }

    void droppedColumn(String table, String column, Set<String> required, int line) {
        String key = column.toLowerCase(Locale.ROOT);
        if (required.contains(key)) {
            state(table, required).put(key, false);
            lines.put(table, line);
        }
    }

    void renamed(String table, String from, String to, Set<String> required, int line) {
        String oldKey = from.toLowerCase(Locale.ROOT);
        String newKey = to.toLowerCase(Locale.ROOT);
        boolean oldNeeded = required.contains(oldKey);
        if (!oldNeeded && !required.contains(newKey)) {
            return;
        }
        Map<String, Boolean> state = state(table, required);
        if (oldNeeded) {
            state.put(oldKey, false);
            lines.put(table, line);
        }
        if (required.contains(newKey)) {
            state.put(newKey, true);
        }
    }

    void report(FileContext file, RuleContext rule, Set<String> required) {
        tables.forEach((table, state) -> {
            List<String> missing = new ArrayList<>(); // in the required set's (sorted) order
            for (String column : required) {
                if (!state.getOrDefault(column, false)) {
                    missing.add(column);
                }
            }
            if (!missing.isEmpty()) {
                rule.reportAt(file, lines.getOrDefault(table, 1), 1, "Table `" + table + "` requires columns: "
                        + String.join(", ", missing) + ".");
            }
        });
    }

    /** The table's state; a table this file did not create has every required column. */
    private Map<String, Boolean> state(String table, Set<String> required) {
        return tables.computeIfAbsent(table, key -> {
            Map<String, Boolean> full = new HashMap<>();
            required.forEach(column -> full.put(column, true));
            return full;
        });
    }
}
