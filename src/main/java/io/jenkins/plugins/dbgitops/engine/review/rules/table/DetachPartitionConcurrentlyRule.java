package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTableClauseRule;

/** Squawk's require-concurrent-partition-detach. */
public final class DetachPartitionConcurrentlyRule extends AlterTableClauseRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("table.detach-partition-concurrently")
            .title("Detach partitions concurrently")
            .origin("Squawk: require-concurrent-partition-detach")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.WARNING)
            .message("DETACH PARTITION without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the parent table, blocking every query on it.")
            .help("Use DETACH PARTITION ... CONCURRENTLY (PostgreSQL 14+), in a file with -- dbgitops:no-transaction.")
            .description("Detaching a partition normally locks the whole partitioned table with ACCESS EXCLUSIVE, so"
                    + " every read and write on any partition waits. DETACH PARTITION ... CONCURRENTLY (PostgreSQL 14"
                    + " and later) takes only a SHARE UPDATE EXCLUSIVE lock; it cannot run in a transaction block."
                    + " FINALIZE, which completes an interrupted concurrent detach, is accepted.")
            .failing("ALTER TABLE measurements DETACH PARTITION measurements_2023;")
            .passing("ALTER TABLE measurements DETACH PARTITION measurements_2023 CONCURRENTLY;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    protected String finding(StatementContext statement, AlterTable alter, AlterTable.Clause clause) {
        if (clause.startsWith("DETACH", "PARTITION") && !clause.contains("CONCURRENTLY") && !clause.contains("FINALIZE")) {
            return "Detaching a partition of " + alter.table() + " without CONCURRENTLY blocks every query on the"
                    + " partitioned table.";
        }
        return null;
    }
}
