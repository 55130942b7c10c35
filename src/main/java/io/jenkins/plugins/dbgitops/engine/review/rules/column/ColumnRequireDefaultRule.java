package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumn;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumnRule;
import net.sf.jsqlparser.statement.Statement;

/**
 * Bytebase's {@code column.require-default}: every column declares a DEFAULT. The same columns as for
 * {@code column.set-default-for-not-null} are exempt (keys, counters, generated columns, MySQL large objects).
 */
public final class ColumnRequireDefaultRule extends DefinedColumnRule {
    @Override
    protected String finding(DefinedColumn column, Statement ast, StatementContext statement, RuleContext rule) {
        return column.complete() && !column.specs().contains(" DEFAULT ")
                && !ColumnSetDefaultForNotNullRule.exempt(statement, ast, column)
                ? "Column " + quotedName(statement, column) + " doesn't have DEFAULT." : null;
    }
}
