package io.jenkins.plugins.dbgitops.engine.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one list of statements that cannot run inside a transaction block, read by the rollout (which then runs the
 * file statement by statement) and by the review (whose rules judge the file as the rollout will run it).
 *
 * <p>PostgreSQL: {@code CREATE [UNIQUE] INDEX CONCURRENTLY}, {@code DROP INDEX CONCURRENTLY},
 * {@code REINDEX ... CONCURRENTLY}, {@code ALTER INDEX ... ATTACH PARTITION ... CONCURRENTLY},
 * {@code ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY}, {@code VACUUM}, {@code ALTER TYPE ... ADD VALUE} (allowed
 * in a transaction since PostgreSQL 12, but the new value cannot be used before the commit), {@code CREATE|DROP
 * DATABASE}, {@code CREATE|DROP TABLESPACE}, {@code ALTER SYSTEM} and {@code CREATE|DROP SUBSCRIPTION}. SQLite:
 * {@code VACUUM}. The other engines commit DDL implicitly and have none.
 */
public final class NonTransactionalStatements {
    private static final List<String> FIRST_WORDS = List.of("CREATE", "DROP", "REINDEX", "ALTER", "VACUUM");

    private NonTransactionalStatements() {
    }

    /** Whether the statement must run outside a transaction block on the engine. */
    public static boolean requiresNoTransaction(String text, SqlEngine engine) {
        if (engine != SqlEngine.POSTGRESQL && engine != SqlEngine.SQLITE) {
            return false;
        }
        String first = firstWord(text);
        if (!FIRST_WORDS.contains(first)) {
            return false; // SELECT, INSERT, UPDATE, ...: without normalising the (possibly huge) statement
        }
        if (engine == SqlEngine.SQLITE) {
            return first.equals("VACUUM");
        }
        return isPostgres(words(SqlText.normalize(text, engine)));
    }

    /**
     * The text split as {@code text.split("[\\s(),;]+")} splits it, without a regex: the regex was half the cost of
     * this test, which the review asks of every DDL statement.
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            if (isSeparator(text.charAt(i))) {
                words.add(text.substring(start, i));
                while (i < text.length() && isSeparator(text.charAt(i))) {
                    i++;
                }
                start = i;
            } else {
                i++;
            }
        }
        if (words.isEmpty()) {
            return List.of(text); // no separator: the text itself, even when empty, as split gives it
        }
        words.add(text.substring(start));
        int size = words.size();
        while (size > 0 && words.get(size - 1).isEmpty()) {
            size--; // split drops trailing empty strings
        }
        return words.subList(0, size);
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '(' || c == ')'
                || c == ',' || c == ';';
    }

    private static boolean isPostgres(List<String> words) {
        boolean concurrently = words.contains("CONCURRENTLY");
        return starts(words, "CREATE", "INDEX") && words.indexOf("CONCURRENTLY") == 2
                || starts(words, "CREATE", "UNIQUE", "INDEX") && words.indexOf("CONCURRENTLY") == 3
                || starts(words, "DROP", "INDEX") && words.indexOf("CONCURRENTLY") == 2
                || starts(words, "REINDEX") && concurrently
                || starts(words, "ALTER", "INDEX") && concurrently && contains(words, "ATTACH", "PARTITION")
                || starts(words, "ALTER", "TABLE") && concurrently && contains(words, "DETACH", "PARTITION")
                || starts(words, "VACUUM")
                || starts(words, "ALTER", "TYPE") && contains(words, "ADD", "VALUE")
                || starts(words, "CREATE", "DATABASE") || starts(words, "DROP", "DATABASE")
                || starts(words, "CREATE", "TABLESPACE") || starts(words, "DROP", "TABLESPACE")
                || starts(words, "ALTER", "SYSTEM")
                || starts(words, "CREATE", "SUBSCRIPTION") || starts(words, "DROP", "SUBSCRIPTION");
    }

    private static boolean starts(List<String> words, String... expected) {
        if (words.size() < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (!words.get(i).equals(expected[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(List<String> words, String first, String second) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equals(first) && words.get(i + 1).equals(second)) {
                return true;
            }
        }
        return false;
    }

    private static String firstWord(String text) {
        int start = StatementLexer.firstTokenStart(text, SqlEngine.POSTGRESQL);
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end)) && end - start < 8) {
            end++;
        }
        // VACUUM_LOG is not VACUUM
        boolean whole = end == text.length() || !ScriptLexer.isWordPart(text.charAt(end));
        return whole ? text.substring(start, end).toUpperCase(Locale.ROOT) : "";
    }
}
