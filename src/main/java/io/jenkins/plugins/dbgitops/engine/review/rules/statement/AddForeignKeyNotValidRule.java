package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTableClauseRule;

/**
 * Bytebase's {@code statement.add-foreign-key-not-valid} (Squawk: adding-foreign-key-constraint and the foreign-key
 * half of constraint-missing-not-valid). Unlike Bytebase, a table created in the same change is exempt: it is empty,
 * so validating the key costs nothing.
 */
public final class AddForeignKeyNotValidRule extends AlterTableClauseRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.add-foreign-key-not-valid")
            .title("Add foreign keys NOT VALID")
            .origin("Bytebase; Squawk: adding-foreign-key-constraint, constraint-missing-not-valid")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.WARNING)
            .message("Adding foreign keys with validation will block reads and writes. You can add check foreign keys"
                    + " not valid and then validate separately.")
            .help("Add the foreign key with NOT VALID, then run ALTER TABLE ... VALIDATE CONSTRAINT in a later transaction.")
            .description("Adding a foreign key takes a SHARE ROW EXCLUSIVE lock on both the table and the referenced"
                    + " table and scans every row to validate it, so writes to both wait for the whole scan."
                    + " Adding it NOT VALID is instant; VALIDATE CONSTRAINT later takes a weaker lock that lets reads"
                    + " and writes continue. A column added with REFERENCES is flagged too, since it cannot be NOT VALID."
                    + " Tables created in the same change are exempt (Bytebase flags them as well).")
            .failing("ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id);")
            .passing("ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

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
