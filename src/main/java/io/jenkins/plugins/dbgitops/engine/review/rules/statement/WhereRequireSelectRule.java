package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.QueryRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.QueryTree;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import java.util.List;
import net.sf.jsqlparser.statement.select.PlainSelect;

/**
 * Bytebase's {@code statement.where.require.select}: every SELECT block that reads a table, subqueries included,
 * needs a WHERE clause; {@code SELECT 1} reads none and passes. As Bytebase's advisors do, PostgreSQL gets one
 * finding per statement, MySQL and MariaDB one per SELECT block at the block's position.
 */
public final class WhereRequireSelectRule extends QueryRule {
    @Override
    protected void check(QueryTree query, StatementContext statement, RuleContext rule) {
        List<PlainSelect> offending = query.selects(WhereRequireSelectRule::readsWithoutWhere);
        if (offending.isEmpty()) {
            return;
        }
        String message = StatementTexts.quote(statement)
                + " requires WHERE clause: without one it reads every row of the table.";
        reportEach(statement, rule, offending, message);
    }

    private static boolean readsWithoutWhere(PlainSelect select) {
        return select.getFromItem() != null && select.getWhere() == null;
    }
}
