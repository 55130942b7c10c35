package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.QueryRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.QueryTree;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;

/**
 * Bytebase's {@code statement.where.disallow-using-function}: any function call in a WHERE, HAVING or JOIN condition,
 * on either side of a comparison ({@code id = RAND()} included). One finding per statement. The catalog-aware
 * {@code statement.where.disallow-functions-and-calculations} is the narrower variant.
 */
public final class WhereDisallowUsingFunctionRule extends QueryRule {
    @Override
    protected void check(QueryTree query, StatementContext statement, RuleContext rule) {
        for (Expression node : query.conditionNodes()) { // listed once per statement, no walk per rule
            if (node instanceof Function) {
                rule.report(statement, "Function is disallowed in where clause, but " + StatementTexts.quote(statement)
                        + " uses one.");
                return;
            }
        }
    }
}
