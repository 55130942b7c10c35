package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTableClauseRule;

/** Squawk's adding-serial-primary-key-field (adding-primary-key-constraint in its source). */
public final class AddPrimaryKeyUsingIndexRule extends AlterTableClauseRule {
    @Override
    protected String finding(StatementContext statement, AlterTable alter, AlterTable.Clause clause) {
        if (clause.startsWith("ADD") && clause.contains("PRIMARY", "KEY") && !clause.contains("USING", "INDEX")) {
            return "Adding a primary key to " + alter.table() + " builds its index under an ACCESS EXCLUSIVE lock;"
                    + " build a unique index concurrently and add the key USING INDEX.";
        }
        return null;
    }
}
