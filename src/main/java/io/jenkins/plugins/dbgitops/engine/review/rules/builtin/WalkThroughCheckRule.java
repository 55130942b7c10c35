package io.jenkins.plugins.dbgitops.engine.review.rules.builtin;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.Catalog;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
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
    private static final List<Class<? extends Statement>> STATEMENT_TYPES = List.of(CreateTable.class, Alter.class,
            CreateIndex.class, Drop.class, Insert.class, Update.class, Delete.class);
    static final RuleDefinition DEFINITION = RuleDefinition.builder("builtin.walk-through-check")
            .title("Tables and columns must exist")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.ALL)
            .defaultLevel(Level.ERROR)
            .alwaysOn()
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
    public List<Class<? extends Statement>> statementTypes() {
        return STATEMENT_TYPES;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        // one instanceof chain instead of seven Optionals with lambdas per statement
        Statement ast = statement.ast().orElse(null);
        if (ast instanceof CreateTable create) {
            checkCreate(statement, rule, create);
        } else if (ast instanceof Alter alter) {
            checkAlter(statement, rule, alter);
        } else if (ast instanceof CreateIndex create) {
            CatalogTable table = table(statement, rule, create.getTable(), false);
            if (table != null) {
                List<String> names = create.getIndex().getColumnsNames();
                columns(statement, rule, table, names == null ? List.of() : names);
            }
        } else if (ast instanceof Drop drop) {
            if ("TABLE".equalsIgnoreCase(drop.getType()) && !drop.isIfExists()) {
                for (Table name : drop.getNames() == null ? List.of(drop.getName()) : drop.getNames()) {
                    table(statement, rule, name, false);
                }
            }
        } else if (ast instanceof Insert insert) {
            CatalogTable table = table(statement, rule, insert.getTable(), false);
            if (table != null && insert.getColumns() != null) {
                List<String> names = new ArrayList<>(insert.getColumns().size());
                for (Column column : insert.getColumns()) {
                    names.add(column.getColumnName());
                }
                columns(statement, rule, table, names);
            }
        } else if (ast instanceof Update update) {
            CatalogTable table = table(statement, rule, update.getTable(), false);
            if (table != null) {
                List<String> names = new ArrayList<>();
                for (UpdateSet set : update.getUpdateSets()) {
                    for (Column column : set.getColumns()) {
                        names.add(column.getColumnName());
                    }
                }
                columns(statement, rule, table, names);
            }
        } else if (ast instanceof Delete delete) {
            table(statement, rule, delete.getTable(), false);
        }
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
    private static CatalogTable table(StatementContext statement, RuleContext rule, Table table, boolean ifExists) {
        if (table == null) {
            return null;
        }
        CatalogTable found = statement.catalog().table(table.getFullyQualifiedName()).orElse(null);
        if (found == null && statement.catalog().complete() && !ifExists) {
            rule.report(statement, offsetOf(statement, table.getName()), "Table " + table.getFullyQualifiedName()
                    + " does not exist at this point of the migrations.");
        }
        return found;
    }

    private static void columns(StatementContext statement, RuleContext rule, CatalogTable table, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        String qualified = table.schema().isEmpty() ? table.name() : table.schema() + "." + table.name();
        if (statement.catalog().columnsKnown(qualified) && certain(statement.catalog(), table)) {
            for (String name : names) {
                if (isSimpleName(name)) {
                    String column = unquote(name);
                    // the catalog's own look-up compares without lower-cased copies
                    if (table.column(column).isEmpty()) {
                        rule.report(statement, offsetOf(statement, column), "Column " + table.name() + "." + column
                                + " does not exist at this point of the migrations.");
                    }
                }
            }
        }
    }

    /**
     * Whether the name matches {@code ["`]?[\w$]+["`]?}: a plain or quoted identifier, not an expression. By hand: a
     * {@code String.matches} compiled the pattern for every column of every INSERT and UPDATE.
     */
    static boolean isSimpleName(String name) {
        int start = 0;
        int end = name.length();
        if (end > 0 && isQuote(name.charAt(0))) {
            start = 1;
        }
        if (end > start + 1 && isQuote(name.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '`';
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

    /**
     * Where the name first occurs in the text, ignoring case, or 0: {@code text.toLowerCase().indexOf(name)} without
     * lower-casing the whole statement per finding, for ASCII text (the other case keeps the original search, as
     * lower-casing may change lengths outside ASCII).
     */
    static int offsetOf(StatementContext statement, String name) {
        String text = statement.text();
        String word = unquote(name);
        if (!isAscii(text) || !isAscii(word)) {
            return Math.max(text.toLowerCase(Locale.ROOT).indexOf(word.toLowerCase(Locale.ROOT)), 0);
        }
        for (int at = 0; at + word.length() <= text.length(); at++) {
            if (text.regionMatches(true, at, word, 0, word.length())) {
                return at;
            }
        }
        return 0;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
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
