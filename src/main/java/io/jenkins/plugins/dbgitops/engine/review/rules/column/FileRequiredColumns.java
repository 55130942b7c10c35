package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumn;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NameOffsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.drop.Drop;

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

    /** MySQL: the file's tables are judged at its end, as Bytebase's MySQL advisor judges them. */
    void follow(StatementContext statement, Statement ast, Set<String> required) {
        if (ast instanceof CreateTable create && !Ddl.columns(create).isEmpty()) {
            created(Ddl.tableName(create.getTable()), Ddl.definedColumns(create).stream()
                    .map(DefinedColumn::name).toList(), required, statement.statement().line());
        } else if (ast instanceof Drop drop && "TABLE".equalsIgnoreCase(drop.getType())) {
            List<Table> names = drop.getNames() != null && !drop.getNames().isEmpty() ? drop.getNames()
                    : List.of(drop.getName());
            names.forEach(table -> droppedTable(Ddl.tableName(table)));
        } else if (ast instanceof Alter alter) {
            String table = Ddl.tableName(alter.getTable());
            for (AlterExpression expression : Ddl.expressions(alter)) {
                String oldName = Ddl.unquote(expression.getColumnOldName());
                int line = lineOf(statement, oldName != null ? oldName : Ddl.droppedColumn(expression));
                if (Ddl.droppedColumn(expression) != null) {
                    droppedColumn(table, Ddl.droppedColumn(expression), required, line);
                } else if (expression.getOperation() == AlterOperation.RENAME && oldName != null
                        && expression.getColumnName() != null) {
                    renamed(table, oldName, Ddl.unquote(expression.getColumnName()), required, line);
                } else if (expression.getOperation() == AlterOperation.CHANGE && oldName != null
                        && expression.getColDataTypeList() != null) {
                    renamed(table, oldName,
                            Ddl.unquote(expression.getColDataTypeList().get(0).getColumnName()), required, line);
                } else if (expression.getOperation() == AlterOperation.ADD && expression.getColDataTypeList() != null) {
                    expression.getColDataTypeList().forEach(column ->
                            added(table, Ddl.unquote(column.getColumnName()), required));
                }
            }
        }
    }

    /** The line of the clause naming the column, or of the statement. */
    private static int lineOf(StatementContext statement, String column) {
        return statement.positionOf(column == null ? 0 : NameOffsets.offsetOf(statement.text(), column, 0, 0))[0];
    }

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
