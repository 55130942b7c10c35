package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.QueryRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.QueryTree;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import java.util.IdentityHashMap;
import java.util.Map;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;

/**
 * Bytebase's {@code statement.where.maximum-logical-operator-count}: too many values in an IN list, or too many
 * operands in one chain of ORs.
 */
public final class WhereMaximumLogicalOperatorCountRule extends QueryRule {
    @Override
    protected void check(QueryTree query, StatementContext statement, RuleContext rule) {
        // the limit and the map only once a statement has an IN list or an OR: most have neither
        Integer limit = null;
        Map<Expression, Boolean> inChain = null;
        for (Expression node : query.conditionNodes()) {
            if (node instanceof InExpression in && in.getRightExpression() instanceof ExpressionList<?> list) {
                limit = limit == null ? rule.config().integer("number") : limit;
                if (list.size() > limit) {
                    rule.report(statement, "Number of tokens (" + list.size() + ") in IN predicate operation"
                            + " exceeds limit (" + limit + ") in statement " + StatementTexts.quote(statement) + ".");
                }
            } else if (node instanceof OrExpression or) {
                limit = limit == null ? rule.config().integer("number") : limit;
                inChain = inChain == null ? new IdentityHashMap<>() : inChain;
                if (!inChain.containsKey(node)) {
                    int operands = countOperands(or, inChain);
                    if (operands > limit) {
                        rule.report(statement, "Number of tokens (" + operands + ") in the OR predicate operation"
                                + " exceeds limit (" + limit + ") in statement " + StatementTexts.quote(statement)
                                + ".");
                    }
                }
            }
        }
    }

    /** Counts the operands of an OR chain, looking through parentheses, and marks its inner ORs as counted. */
    private static int countOperands(Expression node, Map<Expression, Boolean> inChain) {
        Expression inner = unwrap(node);
        if (inner instanceof OrExpression or) {
            inChain.put(or, Boolean.TRUE);
            return countOperands(or.getLeftExpression(), inChain) + countOperands(or.getRightExpression(), inChain);
        }
        return 1;
    }

    private static Expression unwrap(Expression node) {
        Expression current = node;
        while (current instanceof ParenthesedExpressionList<?> parenthesis && parenthesis.size() == 1) {
            current = parenthesis.get(0);
        }
        return current;
    }
}
