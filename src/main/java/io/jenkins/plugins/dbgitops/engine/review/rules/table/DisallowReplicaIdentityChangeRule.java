package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AlterTableClauseRule;

/** Changing a table's replica identity (our own rule). */
public final class DisallowReplicaIdentityChangeRule extends AlterTableClauseRule {
    @Override
    protected String finding(StatementContext statement, AlterTable alter, AlterTable.Clause clause) {
        return clause.startsWith("REPLICA", "IDENTITY") ? "Changing the replica identity of " + alter.table()
                + " changes what replication and CDC consumers receive." : null;
    }
}
