package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import java.util.List;
import java.util.function.BiPredicate;

/**
 * The one search for a keyword sequence, over a statement's tokens ({@link Tokens}) or its normalised words
 * ({@link SqlTokens}): only what counts as a keyword differs.
 */
final class KeywordSequence {
    private KeywordSequence() {
    }

    /** Whether {@code items} hold the keywords in order from {@code index}; {@code is} tells one item's keyword. */
    static <T> boolean isAt(List<T> items, int index, BiPredicate<T, String> is, String... keywords) {
        if (index < 0 || index + keywords.length > items.size()) {
            return false;
        }
        for (int i = 0; i < keywords.length; i++) {
            if (!is.test(items.get(index + i), keywords[i])) {
                return false;
            }
        }
        return true;
    }

    /** The index of the first occurrence of the keywords at or after {@code from}, or -1. */
    static <T> int find(List<T> items, int from, BiPredicate<T, String> is, String... keywords) {
        for (int i = Math.max(0, from); i + keywords.length <= items.size(); i++) {
            if (isAt(items, i, is, keywords)) {
                return i;
            }
        }
        return -1;
    }
}
