package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.QueryTree;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.statement.Statement;

/**
 * Bytebase's {@code statement.where.disallow-using-function}: any function call in a WHERE, HAVING or JOIN condition,
 * on either side of a comparison ({@code id = RAND()} included). One finding per statement. The catalog-aware
 * {@code statement.where.disallow-functions-and-calculations} is the narrower variant.
 */
public final class WhereDisallowUsingFunctionRule implements Rule {
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
        for (Expression node : QueryTree.of(ast).conditionNodes()) { // listed once per statement, no walk per rule
            if (node instanceof Function) {
                rule.report(statement, "Function is disallowed in where clause, but " + StatementTexts.quote(statement)
                        + " uses one.");
                return;
            }
        }
    }
}
