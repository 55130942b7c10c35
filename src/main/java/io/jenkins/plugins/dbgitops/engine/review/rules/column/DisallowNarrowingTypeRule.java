package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogTable;
import io.jenkins.plugins.dbgitops.engine.review.catalog.ColumnDefinitions;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.insert.Insert;

/**
 * Atlas-style data-dependent check: changing a column to a type that holds less (PostgreSQL
 * {@code ALTER COLUMN ... TYPE}, MySQL {@code MODIFY} / {@code CHANGE}) fails or truncates when existing values do
 * not fit. Compares with the catalog's type; unknown columns pass, and so do tables created in the same change unless
 * the file inserted rows into them first.
 */
public final class DisallowNarrowingTypeRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("column.disallow-narrowing-type")
            .title("No narrowing column type changes")
            .origin("dbgitops (Atlas data-dependent changes)")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.ERROR)
            .message("Narrowing a column's type fails the migration, or silently truncates values, when existing data does not fit.")
            .help("Check the longest or largest stored value first, or widen instead: add a new column, backfill, and switch over.")
            .description("Compares the new type of ALTER COLUMN ... TYPE, MODIFY and CHANGE with the column's type in"
                    + " the catalog and flags narrowing: a shorter varchar/char/varbinary, text to varchar(n), a"
                    + " smaller integer (bigint to int), a smaller decimal precision or scale, double to float, and"
                    + " timestamp to date. PostgreSQL rewrites the table and fails on the first value that does not"
                    + " fit; MySQL outside strict mode truncates silently.")
            .failing("CREATE TABLE users (id bigint PRIMARY KEY, name varchar(100));\n"
                    + "INSERT INTO users (id, name) VALUES (1, 'Ada Lovelace');\n"
                    + "-- PostgreSQL\n"
                    + "ALTER TABLE users ALTER COLUMN name TYPE varchar(50);\n"
                    + "-- MySQL, MariaDB\n"
                    + "ALTER TABLE users MODIFY name varchar(50);")
            .passing("CREATE TABLE users (id bigint PRIMARY KEY, name varchar(100));\n"
                    + "INSERT INTO users (id, name) VALUES (1, 'Ada Lovelace');\n"
                    + "ALTER TABLE users ALTER COLUMN name TYPE varchar(200);\n"
                    + "ALTER TABLE users MODIFY name varchar(200);")
            .build();

    private final Set<String> filled = new HashSet<>();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void startFile(FileContext file, RuleContext rule) {
        filled.clear();
    }

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(Insert.class, Alter.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        statement.ast(Insert.class).ifPresent(insert -> filled.add(key(insert.getTable().getFullyQualifiedName())));
        statement.ast(Alter.class).ifPresent(alter -> {
            String tableName = alter.getTable().getFullyQualifiedName();
            Optional<CatalogTable> table = statement.catalog().table(tableName);
            if (table.isEmpty() || table.get().createdInReview() && !filled.contains(key(tableName))) {
                return;
            }
            for (AlterExpression expression : alter.getAlterExpressions()) {
                AlterOperation operation = expression.getOperation();
                boolean retype = operation == AlterOperation.MODIFY || operation == AlterOperation.CHANGE
                        || operation == AlterOperation.ALTER;
                if (!retype || expression.getColDataTypeList() == null) {
                    continue;
                }
                for (AlterExpression.ColumnDataType column : expression.getColDataTypeList()) {
                    String name = ColumnDefinitions.unquote(expression.getColumnOldName() != null
                            ? expression.getColumnOldName() : column.getColumnName());
                    if (column.getColDataType() == null) {
                        continue;
                    }
                    table.get().column(name).ifPresent(existing -> {
                        String newType = column.getColDataType().toString();
                        if (TypeWidth.narrows(existing.type(), newType)) {
                            rule.report(statement, "Column " + table.get().name() + "." + name + " changes from "
                                    + existing.type() + " to " + newType + ": existing values may not fit.");
                        }
                    });
                }
            }
        });
    }

    private static String key(String table) {
        return ColumnDefinitions.unquote(table).toLowerCase(Locale.ROOT);
    }
}
