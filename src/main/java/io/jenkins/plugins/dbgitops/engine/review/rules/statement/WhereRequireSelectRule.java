package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.QueryTree;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.PlainSelect;

/**
 * Bytebase's {@code statement.where.require.select}: every SELECT block that reads a table, subqueries included,
 * needs a WHERE clause; {@code SELECT 1} reads none and passes. As Bytebase's advisors do, PostgreSQL gets one
 * finding per statement, MySQL and MariaDB one per SELECT block at the block's position.
 */
public final class WhereRequireSelectRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.where.require.select")
            .optIn()
            .title("Require WHERE in SELECT")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.ALL)
            .defaultLevel(Level.WARNING)
            .message("A SELECT without WHERE reads the whole table.")
            .help("Add a WHERE clause that limits the rows read.")
            .description("Flags SELECT blocks that read from a table without a WHERE clause, including subqueries"
                    + " (SELECT a FROM t WHERE a > (SELECT max(id) FROM u) is flagged for the inner block). A full"
                    + " read of a large table in a migration holds a snapshot open for its whole duration and loads"
                    + " the server. Blocks without FROM, such as SELECT 1, pass.")
            .failing("SELECT id, email FROM customers;")
            .passing("SELECT id, email FROM customers WHERE created_at > '2025-01-01';")
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
        List<PlainSelect> offending = QueryTree.of(ast).selects(WhereRequireSelectRule::readsWithoutWhere);
        if (offending.isEmpty()) {
            return;
        }
        String message = StatementTexts.quote(statement)
                + " requires WHERE clause: without one it reads every row of the table.";
        if (statement.engine() == SqlEngine.POSTGRESQL) {
            rule.report(statement, message);
        } else {
            for (PlainSelect select : offending) {
                rule.report(statement, StatementTexts.offsetOf(statement, select), message);
            }
        }
    }

    private static boolean readsWithoutWhere(PlainSelect select) {
        return select.getFromItem() != null && select.getWhere() == null;
    }
}
