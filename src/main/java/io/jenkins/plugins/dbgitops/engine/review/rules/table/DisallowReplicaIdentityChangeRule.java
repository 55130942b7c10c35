package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTableClauseRule;

/** Changing a table's replica identity (our own rule). */
public final class DisallowReplicaIdentityChangeRule extends AlterTableClauseRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("table.disallow-replica-identity-change")
            .title("Disallow changing the replica identity")
            .origin("dbgitops")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.WARNING)
            .message("Changing the replica identity changes what logical replication and change-data-capture consumers receive.")
            .help("Coordinate the change with every logical replication and CDC consumer before making it.")
            .description("REPLICA IDENTITY decides which old-row values are written to the WAL for updates and deletes."
                    + " Changing it (to FULL, NOTHING or another index) can break subscribers and CDC pipelines such as"
                    + " Debezium, make updates unreplicable, or multiply WAL volume, and it takes an ACCESS EXCLUSIVE"
                    + " lock. Tables created in the same change are exempt.")
            .failing("ALTER TABLE orders REPLICA IDENTITY FULL;")
            .passing("ALTER TABLE orders ADD COLUMN note text;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    protected String finding(StatementContext statement, AlterTable alter, AlterTable.Clause clause) {
        return clause.startsWith("REPLICA", "IDENTITY") ? "Changing the replica identity of " + alter.table()
                + " changes what replication and CDC consumers receive." : null;
    }
}
