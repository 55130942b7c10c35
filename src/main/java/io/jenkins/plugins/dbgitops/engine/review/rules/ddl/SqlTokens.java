package io.jenkins.plugins.dbgitops.engine.review.rules.ddl;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a normalised statement (see {@code StatementContext.normalized()}) into words and the punctuation
 * {@code ( ) , = ;}, so token rules can match clause shapes without regular expressions over the whole text.
 */
public final class SqlTokens {
    private SqlTokens() {
    }

    /** The tokens of a normalised text: words (including {@code ''} for a blanked literal) and single punctuation. */
    public static List<String> of(String normalized) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            boolean punctuation = c == '(' || c == ')' || c == ',' || c == '=' || c == ';';
            if (punctuation || c == ' ') {
                if (start >= 0) {
                    tokens.add(normalized.substring(start, i));
                    start = -1;
                }
                if (punctuation) {
                    tokens.add(String.valueOf(c));
                }
            } else if (start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            tokens.add(normalized.substring(start));
        }
        return tokens;
    }

    /** The index of the first occurrence of the word sequence at or after {@code from}, or -1. */
    public static int indexOf(List<String> tokens, int from, String... words) {
        for (int i = Math.max(0, from); i + words.length <= tokens.size(); i++) {
            if (matchesAt(tokens, i, words)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the word sequence occurs anywhere. */
    public static boolean contains(List<String> tokens, String... words) {
        return indexOf(tokens, 0, words) >= 0;
    }

    /** Whether the tokens at {@code index} are exactly the words. */
    public static boolean matchesAt(List<String> tokens, int index, String... words) {
        if (index < 0 || index + words.length > tokens.size()) {
            return false;
        }
        for (int j = 0; j < words.length; j++) {
            if (!tokens.get(index + j).equals(words[j])) {
                return false;
            }
        }
        return true;
    }

    /** Whether the statement starts with the words, skipping the optional words listed in {@code optional}. */
    public static boolean startsWith(List<String> tokens, List<String> optional, String... words) {
        int i = 0;
        int matched = 0;
        while (i < tokens.size() && matched < words.length) {
            if (tokens.get(i).equals(words[matched])) {
                matched++;
            } else if (!optional.contains(tokens.get(i))) {
                return false;
            }
            i++;
        }
        return matched == words.length;
    }
}
