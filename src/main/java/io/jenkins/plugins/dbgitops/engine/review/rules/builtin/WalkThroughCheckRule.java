package io.jenkins.plugins.dbgitops.engine.review.rules.builtin;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.Catalog;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogTable;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;

/**
 * Bytebase's {@code builtin.walk-through-check}: a statement that references a table or column that cannot exist at
 * that point of the migrations, or creates one that already exists, will fail. A missing table is only reported when
 * the catalog walked every earlier migration; a missing column only on tables whose every column the walk knows.
 */
public final class WalkThroughCheckRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("builtin.walk-through-check")
            .title("Tables and columns must exist")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.ALL)
            .defaultLevel(Level.ERROR)
            .message("The statement references a table or column that does not exist at this point, so it will fail.")
            .help("Check the name against the earlier migrations, or create the object first.")
            .description("The review walks every earlier migration in version order and then the files under"
                    + " review, keeping a catalog of tables, columns and indexes. ALTER, CREATE INDEX, DROP, INSERT,"
                    + " UPDATE and DELETE on a table that does not exist, columns that do not exist, and CREATE"
                    + " TABLE or ADD COLUMN of names that already exist fail on the database and stop the rollout."
                    + " Missing tables are reported only when the whole history was walked; missing columns only"
                    + " when the table's definition is fully known.")
            .failing("CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(10,2));\n"
                    + "ALTER TABLE orders DROP COLUMN customer_id;")
            .passing("CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(10,2), customer_id bigint);\n"
                    + "ALTER TABLE orders DROP COLUMN customer_id;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (!statement.parsed()) {
            return;
        }
        statement.ast(CreateTable.class).ifPresent(create -> checkCreate(statement, rule, create));
        statement.ast(Alter.class).ifPresent(alter -> checkAlter(statement, rule, alter));
        statement.ast(CreateIndex.class).ifPresent(create -> table(statement, rule, create.getTable(), false)
                .ifPresent(table -> columns(statement, rule, table,
                        create.getIndex().getColumnsNames() == null ? List.of() : create.getIndex().getColumnsNames())));
        statement.ast(Drop.class).filter(drop -> "TABLE".equalsIgnoreCase(drop.getType()) && !drop.isIfExists())
                .ifPresent(drop -> (drop.getNames() == null ? List.of(drop.getName()) : drop.getNames())
                        .forEach(name -> table(statement, rule, name, false)));
        statement.ast(Insert.class).ifPresent(insert -> table(statement, rule, insert.getTable(), false)
                .ifPresent(table -> columns(statement, rule, table, insert.getColumns() == null ? List.of()
                        : insert.getColumns().stream().map(Column::getColumnName).toList())));
        statement.ast(Update.class).ifPresent(update -> table(statement, rule, update.getTable(), false)
                .ifPresent(table -> columns(statement, rule, table, update.getUpdateSets().stream()
                        .map(UpdateSet::getColumns).flatMap(List::stream).map(Column::getColumnName).toList())));
        statement.ast(Delete.class).ifPresent(delete -> table(statement, rule, delete.getTable(), false));
    }

    private static void checkCreate(StatementContext statement, RuleContext rule, CreateTable create) {
        Optional<CatalogTable> existing = statement.catalog().table(create.getTable().getFullyQualifiedName());
        if (existing.isPresent() && !create.isIfNotExists() && certain(statement.catalog(), existing.get())) {
            rule.report(statement, offsetOf(statement, create.getTable().getName()), "Table "
                    + create.getTable().getFullyQualifiedName() + " already exists (created at "
                    + existing.get().definedAt() + "), so CREATE TABLE will fail.");
        }
    }

    private static void checkAlter(StatementContext statement, RuleContext rule, Alter alter) {
        Optional<CatalogTable> found = table(statement, rule, alter.getTable(), alter.isUseTableIfExists());
        if (found.isEmpty()) {
            return;
        }
        CatalogTable table = found.get();
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
                        String name = unquote(column.getColumnName());
                        if ((table.column(name).isPresent() || added.contains(key(name)))
                                && !expression.isUseIfNotExists()) {
                            rule.report(statement, offsetOf(statement, name), "Column " + table.name() + "." + name
                                    + " already exists, so ADD COLUMN will fail.");
                        }
                        added.add(key(name));
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
                    nullSafe(expression.getColDataTypeList()).forEach(column ->
                            column(statement, rule, table, column.getColumnName(), added));
                    nullSafe(expression.getColumnSetNotNullList()).forEach(column ->
                            column(statement, rule, table, column.getColumnName(), added));
                    nullSafe(expression.getColumnDropNotNullList()).forEach(column ->
                            column(statement, rule, table, column.getColumnName(), added));
                    nullSafe(expression.getColumnSetDefaultList()).forEach(column ->
                            column(statement, rule, table, column.getColumnName(), added));
                    nullSafe(expression.getColumnDropDefaultList()).forEach(column ->
                            column(statement, rule, table, column.getColumnName(), added));
                }
                default -> {
                    // other operations reference no column by name that the catalog tracks
                }
            }
        }
    }

    /** The table, or empty after reporting it missing (when the catalog is complete and the SQL has no IF EXISTS). */
    private static Optional<CatalogTable> table(StatementContext statement, RuleContext rule, Table table,
            boolean ifExists) {
        if (table == null) {
            return Optional.empty();
        }
        Optional<CatalogTable> found = statement.catalog().table(table.getFullyQualifiedName());
        if (found.isEmpty() && statement.catalog().complete() && !ifExists) {
            rule.report(statement, offsetOf(statement, table.getName()), "Table " + table.getFullyQualifiedName()
                    + " does not exist at this point of the migrations.");
        }
        return found;
    }

    private static void columns(StatementContext statement, RuleContext rule, CatalogTable table, List<String> names) {
        String qualified = table.schema().isEmpty() ? table.name() : table.schema() + "." + table.name();
        if (statement.catalog().columnsKnown(qualified) && certain(statement.catalog(), table)) {
            names.stream().filter(name -> name.matches("[\"`]?[\\w$]+[\"`]?"))
                    .forEach(name -> column(statement, rule, table, name, Set.of()));
        }
    }

    private static void column(StatementContext statement, RuleContext rule, CatalogTable table, String name,
            Set<String> addedHere) {
        if (name == null) {
            return;
        }
        String column = unquote(name);
        if (table.column(column).isEmpty() && !addedHere.contains(key(column))) {
            rule.report(statement, offsetOf(statement, column), "Column " + table.name() + "." + column
                    + " does not exist at this point of the migrations.");
        }
    }

    /** Whether the walk saw the table's whole life: the history is complete or the table was created under review. */
    private static boolean certain(Catalog catalog, CatalogTable table) {
        return catalog.complete() || table.createdInReview();
    }

    private static int offsetOf(StatementContext statement, String name) {
        int at = statement.text().toLowerCase(Locale.ROOT).indexOf(unquote(name).toLowerCase(Locale.ROOT));
        return Math.max(at, 0);
    }

    private static String unquote(String name) {
        return name.replace("\"", "").replace("`", "");
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
