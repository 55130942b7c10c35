package io.jenkins.plugins.dbgitops.engine.sql;

import java.util.Locale;

/** Normalises a single statement's text for keyword matching by rules that work without a syntax tree. */
public final class SqlText {
    /** Backslash escapes included: where the engine has none, a literal only ends later, which hides more. */
    private static final LexicalRules REDACTION_RULES = LexicalRules.forEngine(SqlEngine.MYSQL);

    private SqlText() {
    }

    /**
     * Upper-cases the statement, drops comments, replaces string literals (including dollar-quoted bodies) by
     * {@code ''}, keeps quoted identifiers without their quotes, and folds white space to single spaces.
     */
    public static String normalize(String statement, SqlEngine engine) {
        StringBuilder out = new StringBuilder(statement.length());
        int length = statement.length();
        int i = 0;
        while (i < length) {
            char c = statement.charAt(i);
            if (c == '-' && i + 1 < length && statement.charAt(i + 1) == '-'
                    || c == '#' && engine.isMySqlFamily()) {
                i = skipLine(statement, i);
                appendSpace(out);
            } else if (c == '/' && i + 1 < length && statement.charAt(i + 1) == '*') {
                int end = statement.indexOf("*/", i + 2);
                i = end < 0 ? length : end + 2;
                appendSpace(out);
            } else if (c == '\'') {
                i = endOfQuoted(statement, i, '\'', engine.isMySqlFamily());
                out.append("''");
            } else if (c == '$' && engine == SqlEngine.POSTGRESQL && dollarTagEnd(statement, i) > 0) {
                int tagEnd = dollarTagEnd(statement, i);
                String tag = statement.substring(i, tagEnd);
                int close = statement.indexOf(tag, tagEnd);
                i = close < 0 ? length : close + tag.length();
                out.append("''");
            } else if (c == '"' || c == '`') {
                int end = endOfQuoted(statement, i, c, false);
                out.append(statement, i + 1, Math.max(i + 1, end - 1));
                i = end;
            } else if (Character.isWhitespace(c)) {
                appendSpace(out);
                i++;
            } else {
                out.append(Character.toUpperCase(c));
                i++;
            }
        }
        return out.toString().trim().toUpperCase(Locale.ROOT);
    }

    /**
     * Replaces the contents of every single-quoted literal by {@code …}, for messages that quote SQL: a parser error
     * may quote the token it failed on, and that token may be a password.
     */
    public static String redactLiterals(String message) {
        return message == null ? null : replaceLiterals(message, "'…'");
    }

    /**
     * Replaces every single-quoted literal by {@code ''}, so that words inside literals are not read as keywords
     * ({@code DEFAULT 'not a primary key'}).
     */
    public static String blankLiterals(String text) {
        return replaceLiterals(text, "''");
    }

    private static String replaceLiterals(String text, String replacement) {
        int open = text.indexOf('\'');
        if (open < 0) {
            return text;
        }
        // the lexer's linear scan, not a regular expression: a recursive pattern overflowed the stack on long literals
        ScriptLexer lexer = new ScriptLexer(text, REDACTION_RULES, new LineCounter(text));
        StringBuilder out = new StringBuilder(Math.min(text.length(), 4096));
        int from = 0;
        while (open >= 0) {
            int end = lexer.singleQuotedEndOrNone(open);
            out.append(text, from, open).append(replacement);
            if (end == ScriptLexer.NONE) {
                // an unclosed literal (a message cut at a line break) is replaced to the end
                return out.toString();
            }
            from = end;
            open = text.indexOf('\'', from);
        }
        return out.append(text, from, text.length()).toString();
    }

    private static int skipLine(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end + 1;
    }

    /**
     * The index just past the quoted literal or identifier that opens at {@code from} (doubled quotes, and
     * backslash escapes where the dialect has them, stay inside); the text's length when it never closes.
     */
    public static int endOfQuoted(String text, int from, char quote, boolean backslashEscapes) {
        int i = from + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return text.length();
    }

    /** The index after a dollar-quote opener such as {@code $$} or {@code $body$} at {@code from}, or -1. */
    public static int dollarTagEnd(String text, int from) {
        if (from > 0 && (Character.isLetterOrDigit(text.charAt(from - 1)) || text.charAt(from - 1) == '_')) {
            return -1;
        }
        int i = from + 1;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            if (i == from + 1 && Character.isDigit(text.charAt(i))) {
                return -1;
            }
            i++;
        }
        return i < text.length() && text.charAt(i) == '$' ? i + 1 : -1;
    }

    private static void appendSpace(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }
}
