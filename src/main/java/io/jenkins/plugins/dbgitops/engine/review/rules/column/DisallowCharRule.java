package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnTypeRule;
import java.util.List;

/** Squawk's ban-char-field. */
public final class DisallowCharRule extends ColumnTypeRule {
    @Override
    protected String finding(String table, String column, String typeName, String typeText, List<String> specs) {
        boolean character = typeName.equals("char") || typeName.equals("character") || typeName.equals("bpchar")
                || typeName.equals("nchar") || (typeName.startsWith("char ") || typeName.startsWith("character ")
                || typeName.startsWith("national char")) && !typeName.contains("varying");
        return character ? "Column " + table + "." + column + " is " + typeText
                + ", which pads values with spaces; use text." : null;
    }
}
