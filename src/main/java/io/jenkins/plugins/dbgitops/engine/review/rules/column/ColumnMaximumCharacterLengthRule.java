package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnMaximumLengthRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnTypes;

/** Bytebase's {@code column.maximum-character-length}: long fixed-width CHAR columns should be VARCHAR. */
public final class ColumnMaximumCharacterLengthRule extends ColumnMaximumLengthRule {
    public ColumnMaximumCharacterLengthRule() {
        super(ColumnTypes::isFixedChar, "CHAR", ", please use VARCHAR instead.");
    }
}
