package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTableClauseRule;

/**
 * Bytebase's {@code statement.add-foreign-key-not-valid} (Squawk: adding-foreign-key-constraint and the foreign-key
 * half of constraint-missing-not-valid). Unlike Bytebase, a table created in the same change is exempt: it is empty,
 * so validating the key costs nothing.
 */
public final class AddForeignKeyNotValidRule extends AlterTableClauseRule {
    @Override
    protected String finding(StatementContext statement, AlterTable alter, AlterTable.Clause clause) {
        if (!clause.startsWith("ADD") || clause.contains("NOT", "VALID")) {
            return null;
        }
        if (clause.contains("FOREIGN", "KEY") || clause.isAddColumn() && clause.contains("REFERENCES")) {
            return "Adding a foreign key to " + alter.table() + " with validation blocks writes to it and to the"
                    + " referenced table while every row is checked; add it NOT VALID and validate separately.";
        }
        return null;
    }
}
