package io.jenkins.plugins.dbgitops.engine.review.rules.builtin;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.Catalog;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogTable;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/**
 * What the walk-through check verifies per statement kind: that the tables and columns a statement uses exist at that
 * point of the migrations, and that what it creates does not exist yet.
 */
final class WalkChecks {
    private WalkChecks() {
    }

    static void checkCreate(StatementContext statement, RuleContext rule, CreateTable create) {
        Optional<CatalogTable> existing = statement.catalog().table(create.getTable().getFullyQualifiedName());
        if (existing.isPresent() && !create.isIfNotExists() && certain(statement.catalog(), existing.get())) {
            rule.report(statement, WalkedNames.offsetOf(statement, create.getTable().getName()), "Table "
                    + create.getTable().getFullyQualifiedName() + " already exists (created at "
                    + existing.get().definedAt() + "), so CREATE TABLE will fail.");
        }
    }

    static void checkAlter(StatementContext statement, RuleContext rule, Alter alter) {
        CatalogTable table = table(statement, rule, alter.getTable(), alter.isUseTableIfExists());
        if (table == null) {
            return;
        }
        if (!statement.catalog().columnsKnown(alter.getTable().getFullyQualifiedName())
                || !certain(statement.catalog(), table)) {
            return;
        }
        Set<String> added = new HashSet<>();
        for (AlterExpression expression : alter.getAlterExpressions() == null ? List.<AlterExpression>of()
                : alter.getAlterExpressions()) {
            switch (expression.getOperation()) {
                case ADD -> {
                    for (AlterExpression.ColumnDataType column : nullSafe(expression.getColDataTypeList())) {
                        String name = WalkedNames.unquote(column.getColumnName());
                        if ((table.column(name).isPresent() || added.contains(WalkedNames.key(name)))
                                && !expression.isUseIfNotExists()) {
                            rule.report(statement, WalkedNames.offsetOf(statement, name), "Column " + table.name() + "." + name
                                    + " already exists, so ADD COLUMN will fail.");
                        }
                        added.add(WalkedNames.key(name));
                    }
                }
                case DROP -> {
                    if (expression.getColumnName() != null && !expression.isUsingIfExists()) {
                        column(statement, rule, table, expression.getColumnName(), added);
                    }
                }
                case RENAME -> column(statement, rule, table, expression.getColumnOldName(), added);
                case CHANGE -> column(statement, rule, table, expression.getColumnOldName(), added);
                case ALTER, MODIFY -> {
                    for (AlterExpression.ColumnDataType column : nullSafe(expression.getColDataTypeList())) {
                        column(statement, rule, table, column.getColumnName(), added);
                    }
                    for (var column : nullSafe(expression.getColumnSetNotNullList())) {
                        column(statement, rule, table, column.getColumnName(), added);
                    }
                    for (var column : nullSafe(expression.getColumnDropNotNullList())) {
                        column(statement, rule, table, column.getColumnName(), added);
                    }
                    for (var column : nullSafe(expression.getColumnSetDefaultList())) {
                        column(statement, rule, table, column.getColumnName(), added);
                    }
                    for (var column : nullSafe(expression.getColumnDropDefaultList())) {
                        column(statement, rule, table, column.getColumnName(), added);
                    }
                }
                default -> {
                    // other operations reference no column by name that the catalog tracks
                }
            }
        }
    }

    /** The table, or null after reporting it missing (when the catalog is complete and the SQL has no IF EXISTS). */
    static CatalogTable table(StatementContext statement, RuleContext rule, Table table, boolean ifExists) {
        if (table == null) {
            return null;
        }
        CatalogTable found = statement.catalog().table(table.getFullyQualifiedName()).orElse(null);
        if (found == null && statement.catalog().complete() && !ifExists) {
            rule.report(statement, WalkedNames.offsetOf(statement, table.getName()), "Table " + table.getFullyQualifiedName()
                    + " does not exist at this point of the migrations.");
        }
        return found;
    }

    static void columns(StatementContext statement, RuleContext rule, CatalogTable table, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        String qualified = table.schema().isEmpty() ? table.name() : table.schema() + "." + table.name();
        if (statement.catalog().columnsKnown(qualified) && certain(statement.catalog(), table)) {
            for (String name : names) {
                if (WalkedNames.isSimpleName(name)) {
                    String column = WalkedNames.unquote(name);
                    // the catalog's own look-up compares without lower-cased copies
                    if (table.column(column).isEmpty()) {
                        rule.report(statement, WalkedNames.offsetOf(statement, column), "Column " + table.name() + "." + column
                                + " does not exist at this point of the migrations.");
                    }
                }
            }
        }
    }

    static void column(StatementContext statement, RuleContext rule, CatalogTable table, String name,
            Set<String> addedHere) {
        if (name == null) {
            return;
        }
        String column = WalkedNames.unquote(name);
        if (table.column(column).isEmpty() && !addedHere.contains(WalkedNames.key(column))) {
            rule.report(statement, WalkedNames.offsetOf(statement, column), "Column " + table.name() + "." + column
                    + " does not exist at this point of the migrations.");
        }
    }

    /** Whether the walk saw the table's whole life: the history is complete or the table was created under review. */
    static boolean certain(Catalog catalog, CatalogTable table) {
        return catalog.complete() || table.createdInReview();
    }

    static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
