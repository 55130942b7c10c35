package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SelectBlockRule;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * Bytebase's {@code statement.select.no-select-all}, subqueries included. As Bytebase's advisors do, PostgreSQL gets
 * one finding per statement, MySQL and MariaDB one per SELECT block at the block's position.
 */
public final class NoSelectAllRule extends SelectBlockRule {
    public NoSelectAllRule() {
        super(NoSelectAllRule::usesAllColumns, "uses SELECT all: the columns it reads change whenever the table does.");
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
