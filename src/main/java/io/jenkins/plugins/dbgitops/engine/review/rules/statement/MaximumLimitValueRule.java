package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SelectMaximumRule;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.statement.select.PlainSelect;

/** Bytebase's {@code statement.maximum-limit-value}: LIMIT n or FETCH FIRST n ROWS above the payload's number. */
public final class MaximumLimitValueRule extends SelectMaximumRule {
    public MaximumLimitValueRule() {
        super(MaximumLimitValueRule::limitOf);
    }

    @Override
    protected String message(StatementContext statement, long value, long maximum) {
        return "The limit value " + value + " exceeds the maximum allowed value " + maximum + ".";
    }

    private static long limitOf(PlainSelect select) {
        if (select.getLimit() != null) {
            return number(select.getLimit().getRowCount());
        }
        if (select.getFetch() != null && select.getFetch().getExpression() != null) {
            return number(select.getFetch().getExpression());
        }
        return -1;
    }

    private static long number(Expression expression) {
        return expression instanceof LongValue value ? value.getValue() : -1;
    }
}
