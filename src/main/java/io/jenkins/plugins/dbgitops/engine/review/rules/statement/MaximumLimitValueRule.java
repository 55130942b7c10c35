package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.QueryRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.QueryTree;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.statement.select.PlainSelect;

/** Bytebase's {@code statement.maximum-limit-value}: LIMIT n or FETCH FIRST n ROWS above the payload's number. */
public final class MaximumLimitValueRule extends QueryRule {
    @Override
    protected void check(QueryTree query, StatementContext statement, RuleContext rule) {
        long maximum = rule.config().integer("number");
        for (QueryTree.Block block : query.selects()) {
            long value = limitOf(block.select());
            if (value > maximum) {
                rule.report(statement, "The limit value " + value + " exceeds the maximum allowed value "
                        + maximum + ".");
            }
        }
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
