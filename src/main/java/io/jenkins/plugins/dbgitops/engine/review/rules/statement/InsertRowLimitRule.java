package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.Values;

/**
 * Bytebase's {@code statement.insert.row-limit} for INSERT ... VALUES. Bytebase also estimates INSERT ... SELECT with
 * EXPLAIN against a live database; a review of files cannot, so those pass.
 */
public final class InsertRowLimitRule implements Rule {
    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(Insert.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (statement.ast().orElse(null) instanceof Insert insert && insert.getSelect() instanceof Values values) {
            int rows = rows(values);
            int limit = rule.config().integer("number");
            if (rows > limit) {
                rule.report(statement, "The statement inserts " + rows + " rows into "
                        + StatementTexts.name(insert.getTable()) + ". The count exceeds " + limit + ".");
            }
        }
    }

    /** JSqlParser flattens a single row: VALUES (1, 'a') holds two values, VALUES (1), (2) holds two rows. */
    private static int rows(Values values) {
        ExpressionList<?> expressions = values.getExpressions();
        if (expressions == null || expressions.isEmpty()) {
            return 0;
        }
        for (Expression expression : expressions) { // a loop: INSERTs may carry thousands of rows
            if (!(expression instanceof ParenthesedExpressionList)) {
                return 1;
            }
        }
        return expressions.size();
    }
}
