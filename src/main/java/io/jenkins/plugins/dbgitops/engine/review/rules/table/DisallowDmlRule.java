package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ReferencedTables;

/**
 * Bytebase's {@code table.disallow-dml}: the listed tables' rows are not written by migrations. The default protects
 * dbgitops's own history table, which only dbgitops writes.
 */
public final class DisallowDmlRule extends ProtectedTableRule {
    public DisallowDmlRule() {
        super(ReferencedTables::dmlTargets, "DML");
    }
}
