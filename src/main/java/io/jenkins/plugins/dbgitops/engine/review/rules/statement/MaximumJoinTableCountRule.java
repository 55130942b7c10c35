package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.QueryTree;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.PayloadField;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.PlainSelect;

/**
 * Bytebase's {@code statement.maximum-join-table-count}: the tables of one SELECT block (FROM plus JOINs and
 * comma joins) must not exceed the payload's number, as Bytebase's test counts them.
 */
public final class MaximumJoinTableCountRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.maximum-join-table-count")
            .title("Maximum tables in a join")
            .origin("dbgitops; formerly Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.WARNING)
            .message("Joining many tables makes the plan unpredictable and the statement slow and hard to review.")
            .help("Split the statement, or precompute part of the join into a table.")
            .description("Counts the tables each SELECT block reads (its FROM item and every JOIN) and flags blocks"
                    + " above the payload's number. Past a handful of tables the planner's join-order search gives"
                    + " up on exhaustive planning (PostgreSQL's join_collapse_limit, MySQL's optimizer_search_depth)"
                    + " and a data migration built on such a query runs far longer than tested.")
            .failing("SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id"
                    + " JOIN addresses a ON a.id = c.address_id JOIN countries k ON k.code = a.country"
                    + " WHERE o.id > 0;")
            .passing("SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id > 0;")
            .payload(PayloadField.integer("number", 3, "the largest allowed number of tables in one SELECT block"))
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
        int maximum = rule.config().integer("number");
        for (QueryTree.Block block : QueryTree.of(ast).selects()) {
            int tables = tablesOf(block.select());
            if (tables > maximum) {
                rule.report(statement, StatementTexts.quote(statement) + " joins " + tables
                        + " tables and exceeds the maximum number of joins " + maximum + ".");
            }
        }
    }

    private static int tablesOf(PlainSelect select) {
        if (select.getFromItem() == null) {
            return 0;
        }
        return 1 + (select.getJoins() == null ? 0 : select.getJoins().size());
    }
}
