package io.jenkins.plugins.dbgitops.engine.review.rules.builtin;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.Locale;

/** How the walk-through check reads the names a statement writes: simple or not, where, and as catalog keys. */
final class WalkedNames {
    private WalkedNames() {
    }

    /**
     * Whether the name matches {@code ["`]?[\w$]+["`]?}: a plain or quoted identifier, not an expression. By hand: a
     * {@code String.matches} compiled the pattern for every column of every INSERT and UPDATE.
     */
    static boolean isSimpleName(String name) {
        int start = 0;
        int end = name.length();
        if (end > 0 && isQuote(name.charAt(0))) {
            start = 1;
        }
        if (end > start + 1 && isQuote(name.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '`';
    }

    /**
     * Where the name first occurs in the text, ignoring case, or 0: {@code text.toLowerCase().indexOf(name)} without
     * lower-casing the whole statement per finding, for ASCII text (the other case keeps the original search, as
     * lower-casing may change lengths outside ASCII).
     */
    static int offsetOf(StatementContext statement, String name) {
        String text = statement.text();
        String word = unquote(name);
        if (!isAscii(text) || !isAscii(word)) {
            return Math.max(text.toLowerCase(Locale.ROOT).indexOf(word.toLowerCase(Locale.ROOT)), 0);
        }
        for (int at = 0; at + word.length() <= text.length(); at++) {
            if (text.regionMatches(true, at, word, 0, word.length())) {
                return at;
            }
        }
        return 0;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    static String unquote(String name) {
        return name.replace("\"", "").replace("`", "");
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
