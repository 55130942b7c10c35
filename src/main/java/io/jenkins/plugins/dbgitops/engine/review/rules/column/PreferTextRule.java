package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnTypeRule;
import java.util.List;

/** Squawk's prefer-text-field. */
public final class PreferTextRule extends ColumnTypeRule {
    @Override
    protected String finding(String table, String column, String typeName, String typeText, List<String> specs) {
        boolean limited = typeText.contains("(") && (typeName.startsWith("varchar")
                || typeName.startsWith("character varying"));
        return limited ? "Column " + table + "." + column + " is " + typeText
                + "; its limit can only be changed with a lock on the table. Prefer text with a CHECK constraint." : null;
    }
}
