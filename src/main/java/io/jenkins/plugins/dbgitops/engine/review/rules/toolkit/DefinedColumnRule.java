package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import net.sf.jsqlparser.statement.Statement;

/**
 * The family of rules that judge each column a parsed CREATE TABLE or ALTER TABLE defines ({@link Ddl#definedColumns}),
 * reported at the column. Unlike {@link ColumnDefinitionRule}, which reads the words of any statement, these need the
 * syntax tree: the declared type, the specs, the table's primary key.
 */
public abstract class DefinedColumnRule extends ParsedRule {
    protected DefinedColumnRule() {
        super(Ddl.COLUMN_DEFINING_TYPES);
    }

    @Override
    protected final void check(Statement ast, StatementContext statement, RuleContext rule) {
        for (DefinedColumn column : Ddl.definedColumns(ast)) {
            String message = finding(column, ast, statement, rule);
            if (message != null) {
                rule.report(statement, column.offsetIn(statement.text()), message);
            }
        }
    }

    /** The finding's message for one column of the statement {@code ast}, or null when the column is fine. */
    protected abstract String finding(DefinedColumn column, Statement ast, StatementContext statement,
            RuleContext rule);

    /** The column as Bytebase's messages name it, table and column quoted for the engine. */
    protected static String quotedName(StatementContext statement, DefinedColumn column) {
        return Naming.quote(statement.engine(), column.table()) + "." + Naming.quote(statement.engine(), column.name());
    }
}
