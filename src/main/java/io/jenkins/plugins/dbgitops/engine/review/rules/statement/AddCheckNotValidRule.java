package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTableClauseRule;

/**
 * Bytebase's {@code statement.add-check-not-valid} (Squawk: the check half of constraint-missing-not-valid). Tables
 * created in the same change are exempt.
 */
public final class AddCheckNotValidRule extends AlterTableClauseRule {
    @Override
    protected String finding(StatementContext statement, AlterTable alter, AlterTable.Clause clause) {
        boolean addCheck = clause.startsWith("ADD", "CHECK") || clause.startsWith("ADD", "CONSTRAINT")
                && clause.tokens().size() > 3 && clause.tokens().get(3).is("CHECK");
        if (addCheck && !clause.contains("NOT", "VALID")) {
            return "Adding a check constraint to " + alter.table() + " with validation blocks reads and writes while"
                    + " every row is checked; add it NOT VALID and validate separately.";
        }
        return null;
    }
}
