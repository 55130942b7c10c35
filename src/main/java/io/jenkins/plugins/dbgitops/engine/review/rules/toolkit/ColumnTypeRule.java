package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.ColumnDefinitions;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/**
 * The shape of the column type rules: every column that {@code CREATE TABLE}, {@code ALTER TABLE ... ADD COLUMN} or
 * {@code ALTER COLUMN ... TYPE} declares, read from the syntax tree, reported at the column's name.
 */
public abstract class ColumnTypeRule implements Rule {
    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return Ddl.COLUMN_DEFINING_TYPES;
    }

    @Override
    public final void check(StatementContext statement, RuleContext rule) {
        Statement ast = statement.ast().orElse(null);
        if (!(ast instanceof CreateTable) && !(ast instanceof Alter)) {
            return;
        }
        String table = ast instanceof CreateTable create ? create.getTable().getName()
                : ((Alter) ast).getTable().getName();
        // the statement's shared column list: JSqlParser rebuilds a column's specs on every call
        for (DefinedColumn column : Ddl.definedColumns(ast)) {
            AlterOperation operation = column.operation();
            if ((operation == null || operation == AlterOperation.ADD || operation == AlterOperation.ALTER)
                    && column.definition().getColDataType() != null) {
                check(statement, rule, table, column);
            }
        }
    }

    private void check(StatementContext statement, RuleContext rule, String table, DefinedColumn column) {
        String name = ColumnDefinitions.unquote(column.definition().getColumnName());
        String typeName = column.typeName();
        String typeText = column.type().replace(" (", "("); // JSqlParser prints "varchar (10)"
        String message = finding(ColumnDefinitions.unquote(table), name, typeName, typeText, column.specWords());
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
}
