package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.RequireColumnOptionRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns;

/** Bytebase's {@code column.require-collation}: every character column states its collation. */
public final class ColumnRequireCollationRule extends RequireColumnOptionRule {
    public ColumnRequireCollationRule() {
        super(DefinedColumns.Column::collation, "collation");
    }
}
