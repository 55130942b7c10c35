package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTableClauseRule;

/** Disabling a trigger (our own rule). */
public final class DisallowDisableTriggerRule extends AlterTableClauseRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("table.disallow-disable-trigger")
            .title("Disallow disabling triggers")
            .origin("dbgitops")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.WARNING)
            .message("Disabling a trigger silently turns off behaviour that clients and data integrity rely on.")
            .help("Keep the trigger enabled, or drop it deliberately once nothing depends on it.")
            .description("ALTER TABLE ... DISABLE TRIGGER (or ENABLE REPLICA/ALWAYS, which change when it fires) stops"
                    + " audit rows, derived columns or integrity checks from being written for every client, without"
                    + " any error; DISABLE TRIGGER ALL even switches off foreign-key enforcement. Tables created in the"
                    + " same change are exempt.")
            .failing("ALTER TABLE orders DISABLE TRIGGER orders_audit;")
            .passing("ALTER TABLE orders ENABLE TRIGGER orders_audit;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    protected String finding(StatementContext statement, AlterTable alter, AlterTable.Clause clause) {
        if (clause.startsWith("DISABLE", "TRIGGER") || clause.startsWith("ENABLE", "REPLICA", "TRIGGER")
                || clause.startsWith("ENABLE", "ALWAYS", "TRIGGER")) {
            return "Changing when triggers of " + alter.table() + " fire silently changes what every client's writes do.";
        }
        return null;
    }
}
