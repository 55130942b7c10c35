package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTableClauseRule;

/** Dropping a constraint (our own rule). */
public final class DisallowDropConstraintRule extends AlterTableClauseRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.disallow-drop-constraint")
            .optIn()
            .title("Disallow dropping constraints")
            .origin("dbgitops")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.WARNING)
            .message("Dropping a constraint removes a guarantee that clients and data may rely on.")
            .help("Make sure no client relies on the constraint (uniqueness for upserts, referential integrity) before dropping it.")
            .description("ALTER TABLE ... DROP CONSTRAINT removes a guarantee: a unique constraint that an"
                    + " ON CONFLICT clause targets, a foreign key that keeps references valid, a check that readers"
                    + " trust. Once dropped, bad data can be written and is hard to clean up. Tables created in the same"
                    + " change are exempt.")
            .failing("ALTER TABLE orders DROP CONSTRAINT orders_customer_fk;")
            .passing("ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

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
