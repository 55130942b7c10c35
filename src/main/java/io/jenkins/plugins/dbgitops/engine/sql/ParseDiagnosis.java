package io.jenkins.plugins.dbgitops.engine.sql;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Why JSqlParser could not parse a statement: a genuine syntax error, or valid SQL that JSqlParser 5.4 does not
 * support. Telling them apart matters: a syntax error fails the migration and must block the change, while
 * unsupported syntax only means that rules needing a syntax tree could not check the statement.
 *
 * <p>The heuristic, in order: an unbalanced parenthesis or quote, a trailing comma before {@code )}, a first word
 * that starts no SQL statement, or a CREATE/ALTER/DROP of no known kind of object is a syntax error; a known
 * construct JSqlParser lacks ({@code DO $$}, {@code NOT VALID}, {@code CONCURRENTLY}, {@code ALTER TYPE}, routine
 * bodies, ...) is unsupported; a statement that ends where JSqlParser expected more is a syntax error; anything
 * else is given the benefit of the doubt and called unsupported.
 *
 * @param syntaxError whether the statement is wrong, not just beyond JSqlParser
 * @param offset      where the problem is, as an offset in the statement's text
 * @param message     one sentence for the report
 */
public record ParseDiagnosis(boolean syntaxError, int offset, String message) {
    private static final Set<String> LEADING_KEYWORDS = Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "MERGE",
            "REPLACE", "UPSERT", "WITH", "VALUES", "TABLE", "CREATE", "ALTER", "DROP", "TRUNCATE", "RENAME",
            "COMMENT", "GRANT", "REVOKE", "SET", "RESET", "SHOW", "USE", "BEGIN", "START", "COMMIT", "ROLLBACK",
            "SAVEPOINT", "RELEASE", "END", "DO", "CALL", "EXECUTE", "EXEC", "PREPARE", "DEALLOCATE", "LOCK", "UNLOCK",
            "ANALYZE", "ANALYSE", "VACUUM", "REINDEX", "CLUSTER", "REFRESH", "EXPLAIN", "DECLARE", "DELIMITER",
            "LOAD", "COPY", "LISTEN", "NOTIFY", "UNLISTEN", "DISCARD", "CHECKPOINT", "SECURITY", "IMPORT", "REASSIGN",
            "OPTIMIZE", "FLUSH", "KILL", "HANDLER", "INSTALL", "UNINSTALL", "PURGE", "CHECK", "REPAIR", "CHECKSUM",
            "DESCRIBE", "DESC", "HELP", "XA", "SIGNAL", "RESIGNAL", "GET", "ABORT", "FETCH", "MOVE", "CLOSE", "OPEN",
            "PRAGMA", "ATTACH", "DETACH", "SOURCE", "SUMMARIZE", "RUNSCRIPT", "SCRIPT", "(");
    private static final Set<String> OBJECT_KEYWORDS = Set.of("TABLE", "INDEX", "VIEW", "SEQUENCE", "SCHEMA",
            "DATABASE", "FUNCTION", "PROCEDURE", "TRIGGER", "TYPE", "DOMAIN", "EXTENSION", "ROLE", "USER", "POLICY",
            "EVENT", "SERVER", "PUBLICATION", "SUBSCRIPTION", "COLLATION", "CONVERSION", "AGGREGATE", "OPERATOR",
            "LANGUAGE", "TABLESPACE", "RULE", "STATISTICS", "TEXT", "CAST", "DEFAULT", "GROUP", "SYNONYM", "PACKAGE",
            "LOGFILE", "OWNED", "TRANSFORM", "ACCESS", "FOREIGN", "MATERIALIZED", "KEY", "SPATIAL", "FULLTEXT",
            "ROUTINE", "SYSTEM", "INSTANCE", "RESOURCE", "CONSTRAINT", "PRIMARY", "ALIAS", "VIRTUAL", "UNIQUE");
    private static final List<Construct> UNSUPPORTED = List.of(
            new Construct("^DO\\b", "anonymous code blocks (DO $$ ... $$)"),
            new Construct("\\bNOT VALID\\b", "NOT VALID constraints"),
            new Construct("\\bCONCURRENTLY\\b", "CONCURRENTLY"),
            new Construct("^ALTER TYPE\\b", "ALTER TYPE"),
            new Construct("^(CREATE|ALTER|DROP) (OR REPLACE )?(DEFINER ?= ?\\S+ )?(FUNCTION|PROCEDURE|TRIGGER|EVENT)\\b",
                    "routines and their bodies"),
            new Construct("^CREATE (OR REPLACE )?(AGGREGATE|OPERATOR|CAST|COLLATION|CONVERSION|TEXT SEARCH|"
                    + "PUBLICATION|SUBSCRIPTION|STATISTICS|POLICY|RULE|DOMAIN|EXTENSION|LANGUAGE|SERVER|"
                    + "FOREIGN|TYPE|ROLE|USER|EVENT TRIGGER|ACCESS METHOD|TABLESPACE)\\b", "this kind of object"),
            new Construct("\\bSET DATA TYPE\\b", "SET DATA TYPE"),
            new Construct("\\bDROP FOREIGN KEY\\b", "DROP FOREIGN KEY"),
            new Construct("^(GRANT|REVOKE|COMMENT ON|SECURITY LABEL|REASSIGN|ALTER DEFAULT PRIVILEGES)\\b",
                    "this statement"),
            new Construct("^(VACUUM|CLUSTER|REINDEX|REFRESH|COPY|LISTEN|NOTIFY|DISCARD|CHECKPOINT|LOCK|ANALYZE)\\b",
                    "this statement"),
            new Construct("\\b(ALGORITHM|LOCK) ?= ?\\w+", "ALTER TABLE options"),
            new Construct("\\bPARTITION\\b", "partitioning clauses"),
            new Construct("\\bGENERATED\\b", "generated columns"),
            new Construct("\\bEXCLUDE\\b", "exclusion constraints"));
    private static final Pattern WORD = Pattern.compile("[A-Z_][A-Z0-9_$]*|\\(");

    /** Diagnoses a statement JSqlParser rejected with {@code parserMessage}. */
    public static ParseDiagnosis of(String text, SqlEngine engine, String parserMessage) {
        ParseDiagnosis lexical = Lexical.check(text, engine);
        if (lexical != null) {
            return lexical;
        }
        String normalized = SqlText.normalize(text, engine);
        List<String> words = words(normalized);
        if (words.isEmpty()) {
            return unsupported("JSqlParser 5.4 could not parse it: " + parserMessage);
        }
        String first = words.get(0);
        if (!LEADING_KEYWORDS.contains(first)) {
            return new ParseDiagnosis(true, firstWordOffset(text, engine),
                    "'" + first + "' does not start an SQL statement: check the spelling of the first keyword.");
        }
        if ((first.equals("CREATE") || first.equals("ALTER") || first.equals("DROP"))
                && words.stream().skip(1).limit(8).noneMatch(OBJECT_KEYWORDS::contains)) {
            String second = words.size() > 1 ? words.get(1) : "";
            return new ParseDiagnosis(true, firstWordOffset(text, engine),
                    first + " " + second + " names no kind of object (TABLE, INDEX, VIEW, ...): check the spelling.");
        }
        for (Construct construct : UNSUPPORTED) {
            if (construct.pattern().matcher(normalized).find()) {
                return unsupported("JSqlParser 5.4 does not support " + construct.name()
                        + "; only rules that need no syntax tree checked it.");
            }
        }
        if (parserMessage != null && parserMessage.contains("<EOF>")) {
            return new ParseDiagnosis(true, text.length(),
                    "The statement ends unexpectedly: complete it or remove it.");
        }
        return unsupported("JSqlParser 5.4 could not parse it (" + firstLine(parserMessage)
                + "); only rules that need no syntax tree checked it.");
    }

    /** The diagnosis of a statement not parsed because of its size. */
    public static ParseDiagnosis tooLarge(String reason) {
        return unsupported(reason);
    }

    private static ParseDiagnosis unsupported(String message) {
        return new ParseDiagnosis(false, 0, message);
    }

    private static List<String> words(String normalized) {
        var matcher = WORD.matcher(normalized);
        List<String> words = new ArrayList<>();
        while (matcher.find() && words.size() < 10) {
            words.add(matcher.group());
        }
        return words;
    }

    private static int firstWordOffset(String text, SqlEngine engine) {
        return StatementLexer.firstTokenStart(text, engine);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).replaceFirst("^[\\w.]+Exception: ", "");
    }

    private record Construct(Pattern pattern, String name) {
        Construct(String regex, String name) {
            this(Pattern.compile(regex), name);
        }
    }

    /** A scan of the original text's tokens for unbalanced parentheses, unclosed quotes and trailing commas. */
    static final class Lexical {
        private Lexical() {
        }

        static ParseDiagnosis check(String text, SqlEngine engine) {
            ArrayDeque<Integer> open = new ArrayDeque<>();
            int[] lastComma = {-1};
            ParseDiagnosis[] found = {null};
            StatementLexer.scan(text, engine, (kind, start, end, unclosed) -> {
                if (kind == StatementLexer.Kind.COMMENT) {
                    return true;
                }
                if (unclosed) {
                    found[0] = unclosed(text, start);
                    return false;
                }
                char c = text.charAt(start);
                if (kind == StatementLexer.Kind.SYMBOL && c == ')') {
                    if (lastComma[0] >= 0) {
                        found[0] = new ParseDiagnosis(true, lastComma[0], "A comma before ')' leaves an empty item:"
                                + " remove it.");
                        return false;
                    }
                    if (open.isEmpty()) {
                        found[0] = new ParseDiagnosis(true, start, "This ')' closes no '(': remove it or add the"
                                + " '('.");
                        return false;
                    }
                    open.pop();
                } else if (kind == StatementLexer.Kind.SYMBOL && c == '(') {
                    open.push(start);
                }
                lastComma[0] = kind == StatementLexer.Kind.SYMBOL && c == ',' ? start : -1;
                return true;
            });
            if (found[0] != null) {
                return found[0];
            }
            if (!open.isEmpty()) {
                return new ParseDiagnosis(true, open.peek(), "This '(' is never closed: add the ')'.");
            }
            return null;
        }

        private static ParseDiagnosis unclosed(String text, int start) {
            char c = text.charAt(start);
            if (c == '$') {
                String tag = text.substring(start, text.indexOf('$', start + 1) + 1);
                return new ParseDiagnosis(true, start, "The dollar quote " + tag + " is never closed: close it.");
            }
            int quote = c == 'E' || c == 'e' ? start + 1 : start;
            return new ParseDiagnosis(true, quote, "The quote " + text.charAt(quote) + " is never closed: close it.");
        }
    }
}
