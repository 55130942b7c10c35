package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTableClauseRule;

/** An exclusion constraint can be neither NOT VALID nor attached USING INDEX: adding one always locks. */
public final class AddExclusionConstraintRule extends AlterTableClauseRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.add-exclusion-constraint")
            .title("Disallow adding exclusion constraints to existing tables")
            .origin("dbgitops")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.WARNING)
            .message("Adding an exclusion constraint builds its index and checks every row under an ACCESS EXCLUSIVE lock.")
            .help("Declare exclusion constraints when the table is created, or schedule the change for a maintenance window.")
            .description("ALTER TABLE ... ADD EXCLUDE builds a GiST (or other) index and verifies every existing row"
                    + " while holding an ACCESS EXCLUSIVE lock. Unlike check, foreign-key, unique and primary-key"
                    + " constraints it has no NOT VALID or USING INDEX escape, so the table is blocked for the whole"
                    + " build. Tables created in the same change are exempt.")
            .failing("ALTER TABLE bookings ADD CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);")
            .passing("CREATE TABLE bookings (room int, during tstzrange, EXCLUDE USING gist (room WITH =, during WITH &&));")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    protected String finding(StatementContext statement, AlterTable alter, AlterTable.Clause clause) {
        boolean exclude = clause.startsWith("ADD", "EXCLUDE") || clause.startsWith("ADD", "CONSTRAINT")
                && clause.tokens().size() > 3 && clause.tokens().get(3).is("EXCLUDE");
        return exclude ? "Adding exclusion constraint to " + alter.table() + " blocks reads and writes while its"
                + " index is built and every row is checked." : null;
    }
}
