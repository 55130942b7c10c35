package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SelectMaximumRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import net.sf.jsqlparser.statement.select.PlainSelect;

/**
 * Bytebase's {@code statement.maximum-join-table-count}: the tables of one SELECT block (FROM plus JOINs and
 * comma joins) must not exceed the payload's number, as Bytebase's test counts them.
 */
public final class MaximumJoinTableCountRule extends SelectMaximumRule {
    public MaximumJoinTableCountRule() {
        super(MaximumJoinTableCountRule::tablesOf);
    }

    @Override
    protected String message(StatementContext statement, long tables, long maximum) {
        return StatementTexts.quote(statement) + " joins " + tables + " tables and exceeds the maximum number of joins "
                + maximum + ".";
    }

    private static int tablesOf(PlainSelect select) {
        if (select.getFromItem() == null) {
            return 0;
        }
        return 1 + (select.getJoins() == null ? 0 : select.getJoins().size());
    }
}
