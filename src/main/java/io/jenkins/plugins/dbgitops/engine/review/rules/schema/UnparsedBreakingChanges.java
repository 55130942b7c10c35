package io.jenkins.plugins.dbgitops.engine.review.rules.schema;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Breaking changes in statements JSqlParser 5.4 could not parse, recognised by their normalised text. */
final class UnparsedBreakingChanges {
    private UnparsedBreakingChanges() {
    }

    static final Pattern UNPARSED_DROP = Pattern.compile("^DROP (DATABASE|SCHEMA|TABLE|MATERIALIZED VIEW) .*");

    static final Pattern UNPARSED_ALTER = Pattern.compile("^ALTER TABLE (?:IF EXISTS )?(?:ONLY )?(\\S+) (.*)");

    static final Pattern UNPARSED_BREAKING = Pattern.compile("(DROP COLUMN|RENAME |ALTER COLUMN \\S+ (?:SET DATA )?"
            + "TYPE|SET NOT NULL|ADD (?:CONSTRAINT \\S+ )?(?:PRIMARY KEY|UNIQUE|CHECK|FOREIGN KEY))");

    static final Pattern WHITESPACE = Pattern.compile("\\s+");

    static String unparsedReason(StatementContext statement) {
        String text = statement.normalized();
        Matcher drop = UNPARSED_DROP.matcher(text);
        if (drop.matches()) {
            return "it drops a " + drop.group(1).toLowerCase(Locale.ROOT);
        }
        Matcher alter = UNPARSED_ALTER.matcher(text);
        if (alter.matches() && !BackwardCompatibilityRule.newInThisChange(statement, alter.group(1))) {
            Matcher breaking = UNPARSED_BREAKING.matcher(alter.group(2));
            if (breaking.find()) {
                return "it contains " + breaking.group(1).trim();
            }
        }
        return null;
    }

    static String abbreviate(String text) {
        String oneLine = WHITESPACE.matcher(text.strip()).replaceAll(" ");
        return oneLine.length() <= 100 ? oneLine : oneLine.substring(0, 97) + "...";
    }
}
