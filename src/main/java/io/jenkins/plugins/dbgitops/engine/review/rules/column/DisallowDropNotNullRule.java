package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTableClauseRule;

/** Squawk's ban-drop-not-null: clients may rely on the column never being null. */
public final class DisallowDropNotNullRule extends AlterTableClauseRule {
    @Override
    protected String finding(StatementContext statement, AlterTable alter, AlterTable.Clause clause) {
        if (clause.startsWith("ALTER") && clause.find("DROP", "NOT", "NULL") == clause.afterColumn()) {
            return "Dropping NOT NULL on " + alter.table() + "." + clause.column().orElse("?")
                    + " may break clients that expect the column to be non-null.";
        }
        return null;
    }
}
