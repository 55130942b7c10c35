package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Where a name is written in a statement's text, to point findings at the object they name. */
public final class NameOffsets {
    private NameOffsets() {
    }

    /**
     * The offset of {@code word} as a whole identifier in {@code text} (quoted or not, any case) at or after
     * {@code from}, or {@code fallback} when it is not there; used to point findings at the object they name.
     */
    public static int offsetOf(String text, String word, int from, int fallback) {
        if (word == null || word.isEmpty()) {
            return fallback;
        }
        int start = Math.max(0, from);
        int found = SEARCHED.get(text, in -> new ConcurrentHashMap<>()).computeIfAbsent(new Search(word, start),
                key -> search(text, word, start));
        return found < 0 ? fallback : found;
    }

    /** The search behind {@link #offsetOf}: the offset, or -1. */
    private static int search(String text, String word, int from) {
        int length = word.length();
        // a cheap test of the first character before the case-insensitive compare, which was 2% of a review
        char upper = Character.toUpperCase(word.charAt(0));
        char lower = Character.toLowerCase(word.charAt(0));
        // an ASCII character matches an ASCII letter or digit only as itself in either case: no case tables needed
        boolean asciiFirst = word.charAt(0) < 128;
        for (int i = Math.max(0, from); i + length <= text.length(); i++) {
            char c = text.charAt(i);
            if (c != upper && c != lower && (asciiFirst && c < 128
                    || Character.toUpperCase(c) != upper && Character.toLowerCase(c) != lower)) {
                continue;
            }
            if (text.regionMatches(true, i, word, 0, length) && !identifierChar(text, i - 1)
                    && !identifierChar(text, i + length)) {
                return i > 0 && (text.charAt(i - 1) == '"' || text.charAt(i - 1) == '`') ? i - 1 : i;
            }
        }
        return -1;
    }

    /**
     * The offsets already searched in the text last searched. Rules point findings at the same names of the same
     * statement again and again (a table's name once per column, per rule), each a scan of the text.
     */
    private static final LastMemo<String, Map<Search, Integer>> SEARCHED = new LastMemo<>();

    private record Search(String word, int from) {
    }

    /** The offset of a column's name, searched after its table's name so that a column named like the table is found. */
    public static int columnOffset(String text, String table, String column) {
        int tableAt = offsetOf(text, table, 0, -1);
        int from = tableAt < 0 ? 0 : tableAt + table.length();
        int at = offsetOf(text, column, from, -1);
        return at >= 0 ? at : offsetOf(text, column, 0, 0);
    }

    private static boolean identifierChar(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
