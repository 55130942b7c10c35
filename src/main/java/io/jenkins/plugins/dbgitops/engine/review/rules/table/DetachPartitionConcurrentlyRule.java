package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTableClauseRule;

/** Squawk's require-concurrent-partition-detach. */
public final class DetachPartitionConcurrentlyRule extends AlterTableClauseRule {
    @Override
    protected String finding(StatementContext statement, AlterTable alter, AlterTable.Clause clause) {
        if (clause.startsWith("DETACH", "PARTITION") && !clause.contains("CONCURRENTLY") && !clause.contains("FINALIZE")) {
            return "Detaching a partition of " + alter.table() + " without CONCURRENTLY blocks every query on the"
                    + " partitioned table.";
        }
        return null;
    }
}
