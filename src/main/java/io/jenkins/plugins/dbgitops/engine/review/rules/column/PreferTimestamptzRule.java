package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnTypeRule;
import java.util.List;
import java.util.Locale;

/** Squawk's prefer-timestamptz. */
public final class PreferTimestamptzRule extends ColumnTypeRule {
    @Override
    protected String finding(String table, String column, String typeName, String typeText, List<String> specs) {
        String type = typeText.toLowerCase(Locale.ROOT);
        boolean naive = type.startsWith("timestamp") && !type.startsWith("timestamptz") && !type.contains("with time zone")
                || type.contains("without time zone");
        return naive ? "Column " + table + "." + column + " is " + typeText
                + " without a time zone; use timestamptz." : null;
    }
}
