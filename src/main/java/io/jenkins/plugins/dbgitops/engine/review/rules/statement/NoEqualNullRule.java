package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.QueryRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.QueryTree;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.NotEqualsTo;

/**
 * Bytebase's {@code statement.where.no-equal-null}: {@code = NULL} and {@code <> NULL} in conditions; assignments
 * such as {@code SET a = NULL} are not conditions and pass.
 */
public final class NoEqualNullRule extends QueryRule {
    @Override
    protected void check(QueryTree query, StatementContext statement, RuleContext rule) {
        for (Expression node : query.conditionNodes()) { // listed once per statement, no walk per rule
            if (comparesWithNull(node)) {
                rule.report(statement, "WHERE clause contains equal null: " + StatementTexts.quote(statement)
                        + " compares with NULL, which is never true.");
                return;
            }
        }
    }

    private static boolean comparesWithNull(Expression node) {
        if ((node instanceof EqualsTo || node instanceof NotEqualsTo) && node instanceof BinaryExpression binary) {
            return binary.getLeftExpression() instanceof NullValue || binary.getRightExpression() instanceof NullValue;
        }
        return false;
    }
}
