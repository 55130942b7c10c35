package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnTypeRule;
import java.util.List;

/** Squawk's ban-char-field. */
public final class DisallowCharRule extends ColumnTypeRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("column.type.disallow-char")
            .title("Disallow char(n)")
            .origin("Squawk: ban-char-field")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.WARNING)
            .message("char(n) pads values with spaces, wastes space and compares surprisingly.")
            .help("Use text (with a CHECK constraint on the length if needed).")
            .description("PostgreSQL's character(n) blank-pads every value to n characters, ignores trailing spaces in"
                    + " comparisons but not in LIKE or in clients, and is never faster than text. Its fixed length also"
                    + " needs a table lock to change. The PostgreSQL wiki's 'Don't Do This' lists it first among types.")
            .failing("CREATE TABLE countries (code char(2) PRIMARY KEY, name text);")
            .passing("CREATE TABLE countries (code text PRIMARY KEY CHECK (char_length(code) = 2), name text);")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    protected String finding(String table, String column, String typeName, String typeText, List<String> specs) {
        boolean character = typeName.equals("char") || typeName.equals("character") || typeName.equals("bpchar")
                || typeName.equals("nchar") || (typeName.startsWith("char ") || typeName.startsWith("character ")
                || typeName.startsWith("national char")) && !typeName.contains("varying");
        return character ? "Column " + table + "." + column + " is " + typeText
                + ", which pads values with spaces; use text." : null;
    }
}
