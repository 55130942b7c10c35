package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.QueryTree;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.PayloadField;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.statement.Statement;

/**
 * Bytebase's {@code statement.where.maximum-logical-operator-count}: too many values in an IN list, or too many
 * operands in one chain of ORs.
 */
public final class WhereMaximumLogicalOperatorCountRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.where.maximum-logical-operator-count")
            .title("Limit IN lists and OR chains")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.WARNING)
            .message("A long IN list or OR chain makes the planner fall back to a scan and the statement hard to review.")
            .help("Load the values into a table and join it, or split the statement into batches.")
            .description("Counts the values of each IN (...) list and the operands of each chain of ORs in the"
                    + " conditions of a statement, and flags the statement when one exceeds the payload's number."
                    + " Long lists generated into migrations grow without bound and end up as multi-megabyte"
                    + " statements that the planner handles badly.")
            .failing("DELETE FROM orders WHERE id IN (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,"
                    + " 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43,"
                    + " 44, 45, 46, 47, 48, 49, 50, 51);")
            .passing("DELETE FROM orders WHERE id IN (SELECT order_id FROM orders_to_purge);")
            .payload(PayloadField.integer("number", 50, "the largest allowed number of IN values or OR operands"))
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

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
        // the limit and the map only once a statement has an IN list or an OR: most have neither
        Integer limit = null;
        Map<Expression, Boolean> inChain = null;
        for (Expression node : QueryTree.of(ast).conditionNodes()) {
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
