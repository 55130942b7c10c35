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
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * Bytebase's {@code statement.select.no-select-all}, subqueries included. As Bytebase's advisors do, PostgreSQL gets
 * one finding per statement, MySQL and MariaDB one per SELECT block at the block's position.
 */
public final class NoSelectAllRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.select.no-select-all")
            .title("No SELECT *")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.ALL)
            .defaultLevel(Level.WARNING)
            .message("SELECT * ties the statement to the table's current columns and reads columns nobody needs.")
            .help("List the columns the statement needs.")
            .description("Flags SELECT * and SELECT t.* anywhere in a statement: in queries, subqueries, INSERT ..."
                    + " SELECT, CREATE TABLE ... AS and views. In a migration, INSERT INTO copy SELECT * FROM t"
                    + " silently breaks (or copies into the wrong columns) as soon as either table gains or reorders a"
                    + " column; a view over * freezes the column list at creation time.")
            .failing("INSERT INTO orders_archive SELECT * FROM orders WHERE created_at < '2020-01-01';")
            .passing("INSERT INTO orders_archive (id, total) SELECT id, total FROM orders WHERE created_at < '2020-01-01';")
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
        List<PlainSelect> offending = QueryTree.of(ast).selects(NoSelectAllRule::usesAllColumns);
        if (offending.isEmpty()) {
            return;
        }
        String message = StatementTexts.quote(statement) + " uses SELECT all: "
                + "the columns it reads change whenever the table does.";
        if (statement.engine() == SqlEngine.POSTGRESQL) {
            rule.report(statement, message);
        } else {
            for (PlainSelect select : offending) {
                rule.report(statement, StatementTexts.offsetOf(statement, select), message);
            }
        }
    }

    private static boolean usesAllColumns(PlainSelect select) {
        if (select.getSelectItems() != null) {
            for (SelectItem<?> item : select.getSelectItems()) {
                if (item.getExpression() instanceof AllColumns || item.getExpression() instanceof AllTableColumns) {
                    return true;
                }
            }
        }
        return false;
    }
}
