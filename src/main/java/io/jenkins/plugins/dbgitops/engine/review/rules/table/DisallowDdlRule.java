package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ReferencedTables;

/**
 * Bytebase's {@code table.disallow-ddl}: the listed tables' definitions are not changed. Names match case-insensitively
 * either unqualified or as {@code schema.table}. The default protects dbgitops's own history table.
 */
public final class DisallowDdlRule extends ProtectedTableRule {
    public DisallowDdlRule() {
        super(ReferencedTables::ddlTargets, "DDL");
    }
}
