package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.QueryRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.QueryTree;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;

/**
 * Bytebase's {@code statement.where.no-leading-wildcard-like}. As Bytebase's advisors do, PostgreSQL gets one finding
 * per statement, MySQL and MariaDB one per LIKE at its position.
 */
public final class NoLeadingWildcardLikeRule extends QueryRule {
    @Override
    protected void check(QueryTree query, StatementContext statement, RuleContext rule) {
        List<Expression> offending = null; // most statements have none: no list, no lambda
        for (Expression node : query.conditionNodes()) {
            if (isLeadingWildcard(node)) {
                if (offending == null) {
                    offending = new ArrayList<>();
                }
                offending.add(node);
            }
        }
        if (offending == null) {
            return;
        }
        String message = StatementTexts.quote(statement) + " uses leading wildcard LIKE, which scans every row.";
        reportEach(statement, rule, offending, message);
    }

    private static boolean isLeadingWildcard(Expression node) {
        return node instanceof LikeExpression like && like.getRightExpression() instanceof StringValue pattern
                && pattern.getValue().startsWith("%");
    }
}
