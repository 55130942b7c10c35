package io.jenkins.plugins.dbgitops.engine.sql;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.statement.Commit;
import net.sf.jsqlparser.statement.RollbackStatement;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;

/**
 * The transaction control statements of the supported engines: {@code BEGIN [WORK | TRANSACTION] [modes]},
 * SQLite's {@code BEGIN DEFERRED | IMMEDIATE | EXCLUSIVE}, {@code START TRANSACTION [modes]},
 * {@code COMMIT | END [WORK | TRANSACTION] [AND [NO] CHAIN] [[NO] RELEASE]}, {@code ROLLBACK | ABORT},
 * {@code SAVEPOINT x}, {@code ROLLBACK [WORK] TO [SAVEPOINT] x} and {@code RELEASE [SAVEPOINT] x}. JSqlParser 5.4
 * parses only some of them ({@code BEGIN} is for it the start of a block that never ends), so they are recognised
 * here and given a syntax tree: never a syntax error, on any engine.
 */
public enum TransactionStatement {
    /** Opens a transaction block. */
    BEGIN,
    /** Commits the block. */
    COMMIT,
    /** Rolls the whole block back. */
    ROLLBACK,
    SAVEPOINT,
    ROLLBACK_TO_SAVEPOINT,
    RELEASE_SAVEPOINT;

    /** The words these statements start with; a constant, as every statement of a review is asked. */
    private static final Set<String> FIRST_WORDS = Set.of("BEGIN", "START", "COMMIT", "END", "ABORT", "ROLLBACK",
            "SAVEPOINT", "RELEASE");
    /** Words that may follow BEGIN or START TRANSACTION (PostgreSQL and MySQL modes, SQLite's lock kinds). */
    private static final Set<String> MODES = Set.of("WORK", "TRANSACTION", "DEFERRED", "IMMEDIATE", "EXCLUSIVE",
            "ISOLATION", "LEVEL", "SERIALIZABLE", "REPEATABLE", "READ", "COMMITTED", "UNCOMMITTED", "WRITE", "ONLY",
            "DEFERRABLE", "WITH", "CONSISTENT", "SNAPSHOT");
    private static final Set<String> WORK = Set.of("WORK", "TRANSACTION");
    private static final Set<String> CHAIN = Set.of("AND", "NO", "CHAIN", "RELEASE");

    /**
     * Which transaction control statement the text is, if it is one. The same on every engine: these statements hold
     * no strings, so the only lexical difference that can reach them is MySQL's {@code #} comment, read everywhere.
     */
    public static Optional<TransactionStatement> of(String text) {
        String first = firstWord(text);
        if (!FIRST_WORDS.contains(first)) {
            return Optional.empty(); // the common case, without normalising the statement
        }
        List<String> words = Arrays.asList(SqlText.normalize(text, SqlEngine.MYSQL).split("[\\s,]+"));
        return Optional.ofNullable(classify(words));
    }

    /** A syntax tree for the statement: JSqlParser's own node where it has one, else an unsupported-statement node. */
    public Statement syntaxTree(String text) {
        return switch (this) {
            case COMMIT -> new Commit();
            case ROLLBACK -> new RollbackStatement();
            default -> new UnsupportedStatement(name(), List.of(text));
        };
    }

    private static TransactionStatement classify(List<String> words) {
        List<String> rest = words.subList(1, words.size());
        switch (words.get(0)) {
            case "BEGIN":
                // MariaDB's BEGIN NOT ATOMIC and routine bodies are blocks, not transactions: NOT only before DEFERRABLE
                return modes(rest) ? BEGIN : null;
            case "START":
                return !rest.isEmpty() && rest.get(0).equals("TRANSACTION") && modes(rest) ? BEGIN : null;
            case "COMMIT":
            case "END":
                return chainOptions(skipWork(rest)) ? COMMIT : null;
            case "ABORT":
            case "ROLLBACK":
                List<String> afterWork = skipWork(rest);
                if (!afterWork.isEmpty() && afterWork.get(0).equals("TO")) {
                    return savepointName(afterWork.subList(1, afterWork.size())) ? ROLLBACK_TO_SAVEPOINT : null;
                }
                return chainOptions(afterWork) ? ROLLBACK : null;
            case "SAVEPOINT":
                return rest.size() == 1 ? SAVEPOINT : null;
            case "RELEASE":
                return savepointName(rest) ? RELEASE_SAVEPOINT : null;
            default:
                return null;
        }
    }

    private static boolean modes(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean notDeferrable = word.equals("NOT") && i + 1 < words.size() && words.get(i + 1).equals("DEFERRABLE");
            if (!MODES.contains(word) && !notDeferrable) {
                return false;
            }
        }
        return true;
    }

    private static List<String> skipWork(List<String> words) {
        return !words.isEmpty() && WORK.contains(words.get(0)) ? words.subList(1, words.size()) : words;
    }

    private static boolean chainOptions(List<String> words) {
        return CHAIN.containsAll(words);
    }

    /** {@code [SAVEPOINT] name}. */
    private static boolean savepointName(List<String> words) {
        return words.size() == 1 || words.size() == 2 && words.get(0).equals("SAVEPOINT");
    }

    /** The first word, upper-cased, after white space and comments, cheaply (no copy of the statement). */
    private static String firstWord(String text) {
        int start = StatementLexer.firstTokenStart(text, SqlEngine.MYSQL);
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end - start > 9 ? "" : text.substring(start, end).toUpperCase(Locale.ROOT);
    }
}
