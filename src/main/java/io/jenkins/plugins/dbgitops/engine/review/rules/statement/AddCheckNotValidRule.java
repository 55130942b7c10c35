package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTableClauseRule;

/**
 * Bytebase's {@code statement.add-check-not-valid} (Squawk: the check half of constraint-missing-not-valid). Tables
 * created in the same change are exempt.
 */
public final class AddCheckNotValidRule extends AlterTableClauseRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.add-check-not-valid")
            .title("Add check constraints NOT VALID")
            .origin("Bytebase; Squawk: constraint-missing-not-valid")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.WARNING)
            .message("Adding check constraints with validation will block reads and writes. You can add check"
                    + " constraints not valid and then validate separately.")
            .help("Add the constraint with NOT VALID, then run ALTER TABLE ... VALIDATE CONSTRAINT in a later transaction.")
            .description("ALTER TABLE ... ADD CHECK takes an ACCESS EXCLUSIVE lock and scans the whole table to"
                    + " validate existing rows: nothing can read or write the table until the scan ends. NOT VALID"
                    + " skips the scan (new rows are still checked); VALIDATE CONSTRAINT later runs under a SHARE UPDATE"
                    + " EXCLUSIVE lock that lets traffic continue. Tables created in the same change are exempt.")
            .failing("ALTER TABLE tech_book ADD CONSTRAINT check_id CHECK (id > 0);")
            .passing("ALTER TABLE tech_book ADD CONSTRAINT check_id CHECK (id > 0) NOT VALID;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

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
