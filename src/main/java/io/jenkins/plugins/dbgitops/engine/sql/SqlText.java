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
        int[] last = {0};
        StatementLexer.scan(statement, engine, (kind, start, end, unclosed) -> {
            if (start > last[0]) {
                appendSpace(out); // white space before the token
            }
            switch (kind) {
                case COMMENT -> appendSpace(out);
                case STRING -> out.append("''");
                case QUOTED_IDENTIFIER -> out.append(statement, start + 1, unclosed ? end : Math.max(start + 1,
                        end - 1));
                default -> out.append(statement, start, end);
            }
            last[0] = end;
            return true;
        });
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

    private static void appendSpace(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }
}
