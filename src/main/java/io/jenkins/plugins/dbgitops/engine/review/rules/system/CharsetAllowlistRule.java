package io.jenkins.plugins.dbgitops.engine.review.rules.system;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.AllowlistRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns;

/** Bytebase's {@code system.charset.allowlist}: only the listed character sets, on databases, tables and columns. */
public final class CharsetAllowlistRule extends AllowlistRule {
    public CharsetAllowlistRule() {
        super("CHARSET", DefinedColumns.Column::charset, "character set");
    }
}
