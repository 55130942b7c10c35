package io.jenkins.plugins.dbgitops.engine.review.rules.live;

import java.util.Locale;
import java.util.regex.Pattern;

/** What a statement changes, read from its text: the table an ALTER TABLE changes, the schema others create in. */
final class OwnedObjects {
    private OwnedObjects() {
    }

    static final String NAME = "((?:\"[^\"]+\"|[\\w$]+)(?:\\.(?:\"[^\"]+\"|[\\w$]+))?)";

    static final Pattern ALTER_TABLE = Pattern.compile(
            "^\\s*ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?" + NAME, Pattern.CASE_INSENSITIVE);

    static final Pattern CREATE_SCHEMA = Pattern.compile("^\\s*CREATE\\s+SCHEMA\\b", Pattern.CASE_INSENSITIVE);

    /** Statements judged by the schema of the object they name: the name after the object keyword, or after ON. */
    static final Pattern IN_SCHEMA = Pattern.compile("^\\s*(?:CREATE\\s+(?:OR\\s+REPLACE\\s+)?"
            + "(?:(?:UNLOGGED|TEMP|TEMPORARY)\\s+)?(?:TABLE|SEQUENCE|TYPE|FUNCTION|PROCEDURE|MATERIALIZED\\s+VIEW)"
            + "|ALTER\\s+(?:SEQUENCE|TYPE|FUNCTION|PROCEDURE)|DROP\\s+(?:TABLE|SEQUENCE|TYPE|FUNCTION|PROCEDURE|VIEW"
            + "|MATERIALIZED\\s+VIEW|INDEX(?:\\s+CONCURRENTLY)?)|ALTER\\s+INDEX)\\s+(?:IF\\s+(?:NOT\\s+)?EXISTS\\s+)?"
            + NAME, Pattern.CASE_INSENSITIVE);

    static final Pattern ON_TABLE = Pattern.compile("^\\s*CREATE\\s+(?:UNIQUE\\s+)?(?:INDEX|(?:OR\\s+REPLACE\\s+)?"
            + "(?:CONSTRAINT\\s+)?TRIGGER)\\b.*?\\bON\\s+(?:ONLY\\s+)?" + NAME, Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    static final Pattern EXTENSION = Pattern.compile("^\\s*CREATE\\s+EXTENSION\\b(?:.*?\\bSCHEMA\\s+"
            + "(\"[^\"]+\"|[\\w$]+))?", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** {@code [schema, name]}: unquoted, unquoted names lower-cased, {@code public} when unqualified. */
    static String[] split(String qualified) {
        String[] parts = qualified.split("\\.(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", 2);
        return parts.length == 2 ? new String[] {unquote(parts[0]), unquote(parts[1])}
                : new String[] {"public", unquote(parts[0])};
    }

    static String unquote(String name) {
        return name.startsWith("\"") ? name.substring(1, name.length() - 1).replace("\"\"", "\"")
                : name.toLowerCase(Locale.ROOT);
    }
}
