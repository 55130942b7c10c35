package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnMaximumLengthRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnTypes;

/** Bytebase's {@code column.maximum-varchar-length}: VARCHAR columns stay below a length. */
public final class ColumnMaximumVarcharLengthRule extends ColumnMaximumLengthRule {
    public ColumnMaximumVarcharLengthRule() {
        super(ColumnTypes::isVarchar, "VARCHAR", ".");
    }
}
