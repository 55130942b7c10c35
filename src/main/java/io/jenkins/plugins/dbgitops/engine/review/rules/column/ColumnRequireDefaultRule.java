package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumn;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ParsedRule;
import net.sf.jsqlparser.statement.Statement;

/**
 * Bytebase's {@code column.require-default}: every column declares a DEFAULT. The same columns as for
 * {@code column.set-default-for-not-null} are exempt (keys, counters, generated columns, MySQL large objects).
 */
public final class ColumnRequireDefaultRule extends ParsedRule {
    public ColumnRequireDefaultRule() {
        super(Ddl.COLUMN_DEFINING_TYPES);
    }

    @Override
    protected void check(Statement ast, StatementContext statement, RuleContext rule) {
        for (DefinedColumn column : Ddl.definedColumns(ast)) {
            if (column.complete() && !column.specs().contains(" DEFAULT ")
                    && !ColumnSetDefaultForNotNullRule.exempt(statement, ast, column)) {
                rule.report(statement, column.offsetIn(statement.text()), "Column "
                        + Naming.quote(statement.engine(), column.table()) + "."
                        + Naming.quote(statement.engine(), column.name()) + " doesn't have DEFAULT.");
            }
        }
    }
}
