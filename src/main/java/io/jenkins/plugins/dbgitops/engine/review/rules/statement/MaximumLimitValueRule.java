package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.QueryTree;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.PayloadField;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.PlainSelect;

/** Bytebase's {@code statement.maximum-limit-value}: LIMIT n or FETCH FIRST n ROWS above the payload's number. */
public final class MaximumLimitValueRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.maximum-limit-value")
            .title("Maximum LIMIT value")
            .origin("dbgitops; formerly Bytebase")
            .engines(RuleDefinition.Engines.ALL)
            .defaultLevel(Level.WARNING)
            .message("A very large LIMIT reads and returns as many rows as a query without one.")
            .help("Page through the rows in smaller batches, keyed by the last id seen.")
            .description("Flags SELECT blocks whose LIMIT (or FETCH FIRST ... ROWS) is larger than the payload's"
                    + " number. A LIMIT of a million is no limit: the statement holds its snapshot and memory as a full"
                    + " read would.")
            .failing("SELECT id FROM events WHERE kind = 'click' LIMIT 1000000;")
            .passing("SELECT id FROM events WHERE kind = 'click' LIMIT 1000;")
            .payload(PayloadField.integer("number", 1000, "the largest allowed LIMIT"))
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
