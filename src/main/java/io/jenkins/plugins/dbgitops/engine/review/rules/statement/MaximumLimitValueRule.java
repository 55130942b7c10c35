package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.QueryTree;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.PlainSelect;

/** Bytebase's {@code statement.maximum-limit-value}: LIMIT n or FETCH FIRST n ROWS above the payload's number. */
public final class MaximumLimitValueRule implements Rule {
    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return QueryTree.STATEMENT_TYPES;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        Statement ast = statement.ast().orElse(null);
        if (ast == null) {
            return;
        }
        long maximum = rule.config().integer("number");
        for (QueryTree.Block block : QueryTree.of(ast).selects()) {
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
