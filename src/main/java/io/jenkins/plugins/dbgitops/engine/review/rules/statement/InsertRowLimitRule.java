package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.PayloadField;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
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
    private static final int DEFAULT_LIMIT = 100;

    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.insert.row-limit")
            .title("Limit rows per INSERT")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.WARNING)
            .message("An INSERT with very many rows runs as one long transaction and one huge replication event.")
            .help("Split the rows into several INSERT statements, or load them with COPY / LOAD DATA.")
            .description("Counts the rows of INSERT ... VALUES statements and flags those with more rows than the"
                    + " payload's number. A single huge INSERT holds its locks until the last row, makes replicas"
                    + " lag while they apply it, and is hard to review in a pull request.")
            .failing(insertOf(DEFAULT_LIMIT + 1))
            .passing(insertOf(DEFAULT_LIMIT))
            .payload(PayloadField.integer("number", DEFAULT_LIMIT, "the largest allowed number of rows in one INSERT"))
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

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

    /** An INSERT of the given number of rows, for the documented examples. */
    private static String insertOf(int rows) {
        StringBuilder sql = new StringBuilder("INSERT INTO ticket_numbers (n) VALUES ");
        for (int i = 1; i <= rows; i++) {
            sql.append(i == 1 ? "" : ", ").append('(').append(i).append(')');
        }
        return sql.append(';').toString();
    }
}
