package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTableClauseRule;

/** Squawk's disallowed-unique-constraint. */
public final class AddUniqueUsingIndexRule extends AlterTableClauseRule {
    @Override
    protected String finding(StatementContext statement, AlterTable alter, AlterTable.Clause clause) {
        if (clause.startsWith("ADD") && clause.contains("UNIQUE") && !clause.contains("USING", "INDEX")) {
            return "Adding a unique constraint to " + alter.table() + " builds its index under an ACCESS EXCLUSIVE"
                    + " lock; build a unique index concurrently and add the constraint USING INDEX.";
        }
        return null;
    }
}
