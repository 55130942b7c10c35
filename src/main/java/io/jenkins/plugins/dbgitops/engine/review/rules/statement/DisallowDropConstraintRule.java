package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTableClauseRule;

/** Dropping a constraint (our own rule). */
public final class DisallowDropConstraintRule extends AlterTableClauseRule {
    @Override
    protected String finding(StatementContext statement, AlterTable alter, AlterTable.Clause clause) {
        if (clause.startsWith("DROP", "CONSTRAINT")) {
            int name = clause.tokens().size() > 4 && clause.startsWith("DROP", "CONSTRAINT", "IF", "EXISTS") ? 4 : 2;
            String constraint = clause.tokens().size() > name ? clause.tokens().get(name).text() : "?";
            return "Dropping constraint " + constraint + " on " + alter.table()
                    + " removes a guarantee that clients and data may rely on.";
        }
        return null;
    }
}
