package io.jenkins.plugins.dbgitops.engine.review.rules.wholedatabase;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DropRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DropStatement;

/** Squawk's ban-drop-database, for PostgreSQL and MySQL/MariaDB (where DROP SCHEMA is the same statement). */
public final class DatabaseDisallowDropRule extends DropRule {
    @Override
    protected void check(DropStatement drop, StatementContext statement, RuleContext rule) {
        if (drop.kind().equals("DATABASE") || drop.kind().equals("SCHEMA") && statement.engine().isMySqlFamily()) {
            rule.report(statement, "Dropping database " + String.join(", ", drop.names())
                    + " destroys all of its data.");
        }
    }
}
