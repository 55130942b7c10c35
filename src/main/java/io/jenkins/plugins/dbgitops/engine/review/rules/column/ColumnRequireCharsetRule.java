package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.RequireColumnOptionRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns;

/** Bytebase's {@code column.require-charset}: every character column states its character set. */
public final class ColumnRequireCharsetRule extends RequireColumnOptionRule {
    public ColumnRequireCharsetRule() {
        super(DefinedColumns.Column::charset, "character set");
    }
}
