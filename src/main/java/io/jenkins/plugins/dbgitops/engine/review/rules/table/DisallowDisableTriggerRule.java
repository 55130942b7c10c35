package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTableClauseRule;

/** Disabling a trigger (our own rule). */
public final class DisallowDisableTriggerRule extends AlterTableClauseRule {
    @Override
    protected String finding(StatementContext statement, AlterTable alter, AlterTable.Clause clause) {
        if (clause.startsWith("DISABLE", "TRIGGER") || clause.startsWith("ENABLE", "REPLICA", "TRIGGER")
                || clause.startsWith("ENABLE", "ALWAYS", "TRIGGER")) {
            return "Changing when triggers of " + alter.table() + " fire silently changes what every client's writes do.";
        }
        return null;
    }
}
