package io.jenkins.plugins.dbgitops.engine.review.rules.support;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.ColumnDefinitions;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.create.table.ColDataType;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/**
 * The shape of the column type rules: every column that {@code CREATE TABLE}, {@code ALTER TABLE ... ADD COLUMN} or
 * {@code ALTER COLUMN ... TYPE} declares, read from the syntax tree, reported at the column's name.
 */
public abstract class ColumnTypeRule implements Rule {

    @Override
    public final void check(StatementContext statement, RuleContext rule) {
        statement.ast(CreateTable.class).ifPresent(create -> {
            String table = create.getTable().getName();
            for (ColumnDefinition column : nullSafe(create.getColumnDefinitions())) {
                check(statement, rule, table, column.getColumnName(), column.getColDataType(), column.getColumnSpecs());
            }
        });
        statement.ast(Alter.class).ifPresent(alter -> {
            String table = alter.getTable().getName();
            for (AlterExpression expression : nullSafe(alter.getAlterExpressions())) {
                for (AlterExpression.ColumnDataType column : nullSafe(expression.getColDataTypeList())) {
                    AlterOperation operation = expression.getOperation();
                    if ((operation == AlterOperation.ADD || operation == AlterOperation.ALTER)
                            && column.getColDataType() != null) {
                        check(statement, rule, table, column.getColumnName(), column.getColDataType(),
                                column.getColumnSpecs());
                    }
                }
            }
        });
    }

    private void check(StatementContext statement, RuleContext rule, String table, String column, ColDataType type,
            List<String> specs) {
        String name = ColumnDefinitions.unquote(column);
        String typeName = type.getDataType().toLowerCase(Locale.ROOT).replace("\"", "");
        String typeText = type.toString().replace(" (", "("); // JSqlParser prints "varchar (10)"
        String message = finding(ColumnDefinitions.unquote(table), name, typeName, typeText, nullSafe(specs));
        if (message != null) {
            rule.report(statement, offsetOf(statement, name), message);
        }
    }

    /**
     * The finding's message for a column, or null when the column is fine.
     *
     * @param typeName the type's name in lower case without arguments, e.g. {@code varchar} or {@code timestamp}
     * @param typeText the type as written, with arguments
     * @param specs    the words after the type: constraints, defaults, identity
     */
    protected abstract String finding(String table, String column, String typeName, String typeText, List<String> specs);

    private static int offsetOf(StatementContext statement, String column) {
        for (Token token : SqlTokens.of(statement)) {
            if (token.isIdentifier() && token.text().equalsIgnoreCase(column)) {
                return token.offset();
            }
        }
        return 0;
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
