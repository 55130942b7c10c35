package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SelectBlockRule;
import net.sf.jsqlparser.statement.select.PlainSelect;

/**
 * Bytebase's {@code statement.where.require.select}: every SELECT block that reads a table, subqueries included,
 * needs a WHERE clause; {@code SELECT 1} reads none and passes. As Bytebase's advisors do, PostgreSQL gets one
 * finding per statement, MySQL and MariaDB one per SELECT block at the block's position.
 */
public final class WhereRequireSelectRule extends SelectBlockRule {
    public WhereRequireSelectRule() {
        super(WhereRequireSelectRule::readsWithoutWhere,
                "requires WHERE clause: without one it reads every row of the table.");
    }

    private static boolean readsWithoutWhere(PlainSelect select) {
        return select.getFromItem() != null && select.getWhere() == null;
    }
}
