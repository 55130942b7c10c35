package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DropRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DropStatement;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Tables;

/** Squawk's ban-drop-table, for PostgreSQL and MySQL/MariaDB. */
public final class TableDisallowDropRule extends DropRule {
    @Override
    protected void check(DropStatement drop, StatementContext statement, RuleContext rule) {
        if (!drop.kind().equals("TABLE")) {
            return;
        }
        for (String table : drop.names()) {
            if (!Tables.createdInReview(statement, table)) {
                rule.report(statement, "Dropping table " + table
                        + " loses its data and breaks every client that still uses it.");
            }
        }
    }
}
