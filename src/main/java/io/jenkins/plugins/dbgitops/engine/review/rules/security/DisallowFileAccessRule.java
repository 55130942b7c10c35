package io.jenkins.plugins.dbgitops.engine.review.rules.security;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Server file-system or program access from a migration: MySQL {@code LOAD DATA INFILE}, {@code INTO OUTFILE/DUMPFILE},
 * {@code LOAD_FILE()}; PostgreSQL {@code COPY ... FROM/TO 'file'} or {@code PROGRAM}, {@code pg_read_file()} and
 * friends. Client-side {@code LOAD DATA LOCAL} and {@code COPY ... FROM STDIN} pass.
 */
public final class DisallowFileAccessRule implements Rule {
    /**
     * Words whose presence makes a statement worth tokenising, looked for in the raw text so big INSERT batches are
     * not normalised for nothing. A hand scan: a case-insensitive regex alternation cost 3% of a whole review.
     */
    private static final List<String> CANDIDATES = List.of("OUTFILE", "DUMPFILE", "INFILE", "LOAD_FILE", "COPY",
            "PG_READ_FILE", "PG_READ_BINARY_FILE", "PG_LS_DIR", "LO_IMPORT", "LO_EXPORT");
    /** The candidates in lower case by their first letter in either case, for ASCII letters; null for the others. */
    private static final String[][] CANDIDATES_BY_FIRST = byFirstLetter(CANDIDATES);
    private static final Set<String> FILE_FUNCTIONS = Set.of("LOAD_FILE", "PG_READ_FILE", "PG_READ_BINARY_FILE",
            "PG_LS_DIR", "LO_IMPORT", "LO_EXPORT");

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (!mentionsCandidate(statement.text())) {
            return;
        }
        List<String> tokens = SqlTokens.words(statement);
        if (SqlTokens.contains(tokens, "INTO", "OUTFILE") || SqlTokens.contains(tokens, "INTO", "DUMPFILE")) {
            rule.report(statement, Impact.of("The statement writes a file on the server", rule));
        } else if (SqlTokens.matchesAt(tokens, 0, "LOAD", "DATA") && !tokens.contains("LOCAL")) {
            rule.report(statement, Impact.of("LOAD DATA INFILE reads a file on the server", rule));
        } else if (!tokens.isEmpty() && tokens.get(0).equals("COPY") && copiesServerFile(tokens)) {
            rule.report(statement, Impact.of("COPY reads or writes a server file or program", rule));
        } else {
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (FILE_FUNCTIONS.contains(tokens.get(i)) && tokens.get(i + 1).equals("(")) {
                    rule.report(statement, Impact.of("Function " + tokens.get(i) + " accesses server files",
                            rule));
                    return;
                }
            }
        }
    }

    /**
     * Whether a whole word of the text (a run of ASCII letters, digits and underscores) is one of the
     * {@link #CANDIDATES}, in any case. Only a word's first letter is looked at unless it can start a candidate: this
     * scan runs over every statement, and walking every word was 2% of the rules' time.
     */
    static boolean mentionsCandidate(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 128 || CANDIDATES_BY_FIRST[c] == null || i > 0 && isWordChar(text.charAt(i - 1))) {
                continue;
            }
            for (String candidate : CANDIDATES_BY_FIRST[c]) {
                if (wordAt(text, i, candidate)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the lower-case word is at {@code start} in ASCII letters of either case, ending at a non-word char. */
    private static boolean wordAt(String text, int start, String word) {
        int end = start + word.length();
        if (end > text.length() || end < text.length() && isWordChar(text.charAt(end))) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            char c = text.charAt(start + i);
            char expected = word.charAt(i);
            if (c != expected && !(expected >= 'a' && expected <= 'z' && c == expected - ('a' - 'A'))) {
                return false;
            }
        }
        return true;
    }

    private static String[][] byFirstLetter(List<String> words) {
        String[][] byFirst = new String[128][];
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            char first = letter;
            String[] starting = words.stream().filter(word -> word.charAt(0) == first)
                    .map(word -> word.toLowerCase(Locale.ROOT)).toArray(String[]::new);
            if (starting.length > 0) {
                byFirst[letter] = starting;
                byFirst[Character.toLowerCase(letter)] = starting;
            }
        }
        return byFirst;
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** {@code COPY t FROM|TO 'file'} or {@code PROGRAM '...'}, as opposed to STDIN/STDOUT. */
    private static boolean copiesServerFile(List<String> tokens) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            String token = tokens.get(i);
            if ((token.equals("FROM") || token.equals("TO"))
                    && (tokens.get(i + 1).equals("''") || tokens.get(i + 1).equals("PROGRAM"))) {
                return true;
            }
        }
        return false;
    }
}
