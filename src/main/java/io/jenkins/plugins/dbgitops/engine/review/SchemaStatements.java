package io.jenkins.plugins.dbgitops.engine.review;

/** A cheap look at a statement's first word, so the catalog walk parses only statements that can change the schema. */
final class SchemaStatements {
    private static final java.util.regex.Pattern HIDDEN_DDL = java.util.regex.Pattern.compile(
            "\\b(?:(?:CREATE|ALTER|DROP)\\s+(?:\\w+\\s+)?TABLE|RENAME)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    private SchemaStatements() {
    }

    /** Whether a {@code DO} block may create, alter, rename or drop tables where the walk cannot follow it. */
    static boolean hidesSchemaChanges(String text) {
        return startsWithKeyword(text, "DO") && HIDDEN_DDL.matcher(text).find();
    }

    private static boolean startsWithKeyword(String text, String keyword) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return startsWith(text, i, keyword);
    }

    /** Whether the statement starts with CREATE, ALTER, DROP or RENAME (after white space and comments). */
    static boolean mayChangeSchema(String text) {
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < length && text.charAt(i + 1) == '-' || c == '#') {
                int end = text.indexOf('\n', i);
                i = end < 0 ? length : end + 1;
            } else if (c == '/' && i + 1 < length && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? length : end + 2;
            } else {
                return startsWith(text, i, "CREATE") || startsWith(text, i, "ALTER") || startsWith(text, i, "DROP")
                        || startsWith(text, i, "RENAME");
            }
        }
        return false;
    }

    private static boolean startsWith(String text, int at, String keyword) {
        int end = at + keyword.length();
        return text.regionMatches(true, at, keyword, 0, keyword.length())
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }
}
