package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.QueryTree;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.NotEqualsTo;
import net.sf.jsqlparser.statement.Statement;

/**
 * Bytebase's {@code statement.where.no-equal-null}: {@code = NULL} and {@code <> NULL} in conditions; assignments
 * such as {@code SET a = NULL} are not conditions and pass.
 */
public final class NoEqualNullRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.where.no-equal-null")
            .title("No = NULL in conditions")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.ALL)
            .defaultLevel(Level.ERROR)
            .message("A comparison with = NULL or <> NULL is never true, so the condition matches no rows.")
            .help("Use IS NULL or IS NOT NULL.")
            .description("Flags = NULL, != NULL and <> NULL in WHERE, HAVING and JOIN conditions. Comparing with"
                    + " NULL yields NULL, not true: a backfill written as UPDATE t SET c = 0 WHERE c = NULL updates"
                    + " nothing and the migration reports success.")
            .failing("UPDATE orders SET status = 'new' WHERE status = NULL;")
            .passing("UPDATE orders SET status = 'new' WHERE status IS NULL;")
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
        for (Expression node : QueryTree.of(ast).conditionNodes()) { // listed once per statement, no walk per rule
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
