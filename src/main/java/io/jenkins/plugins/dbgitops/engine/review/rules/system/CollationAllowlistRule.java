package io.jenkins.plugins.dbgitops.engine.review.rules.system;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AllowlistRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns;

/** Bytebase's {@code system.collation.allowlist}: only the listed collations, on databases, tables and columns. */
public final class CollationAllowlistRule extends AllowlistRule {
    public CollationAllowlistRule() {
        super("COLLATE", DefinedColumns.Column::collation, "collation");
    }
}
