package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTableClauseRule;

/** An exclusion constraint can be neither NOT VALID nor attached USING INDEX: adding one always locks. */
public final class AddExclusionConstraintRule extends AlterTableClauseRule {
    @Override
    protected String finding(StatementContext statement, AlterTable alter, AlterTable.Clause clause) {
        boolean exclude = clause.startsWith("ADD", "EXCLUDE") || clause.startsWith("ADD", "CONSTRAINT")
                && clause.tokens().size() > 3 && clause.tokens().get(3).is("EXCLUDE");
        return exclude ? "Adding exclusion constraint to " + alter.table() + " blocks reads and writes while its"
                + " index is built and every row is checked." : null;
    }
}
