package io.jenkins.plugins.dbgitops.engine.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.RuleRegistry;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.statement.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link SqlParser} re-initialises JSqlParser parsers instead of building one per statement: every statement must
 * come out exactly as from a parser built for it, whatever was parsed before on the same parser.
 */
class SqlParserReuseTest {
    private static final Duration NO_TIMEOUT_IN_PRACTICE = Duration.ofMinutes(5);
    private static List<String> statements;
    private static Map<String, String> freshOutcomes;

    @BeforeAll
    static void parseEveryStatementWithFreshParsers() throws IOException {
        List<String> all = new ArrayList<>();
        all.addAll(testResourceStatements());
        all.addAll(ruleExamples());
        all.addAll(awkwardStatements());
        statements = List.copyOf(all);
        freshOutcomes = new LinkedHashMap<>();
        for (String text : statements) {
            freshOutcomes.put(text, freshOutcome(text));
        }
    }

    @Test
    void shouldCoverSuccessesSimpleGrammarFailuresSyntaxLexicalAndNestingErrors() {
        // the comparison below means something only if every kind of outcome is in the set
        Map<String, Integer> kinds = new LinkedHashMap<>();
        for (String text : statements) {
            kinds.merge(kindOf(text), 1, Integer::sum);
        }
        assertThat(statements).hasSizeGreaterThan(500);
        assertThat(kinds).containsKeys("simple", "complex only", "ParseException", "TokenMgrException",
                "StackOverflowError");
        assertThat(kinds.get("simple")).isGreaterThan(400);
        assertThat(statements).anyMatch(text -> text.length() > 3 * 4096);
    }

    @Test
    void shouldGiveTheSameResultsAsFreshParsersInAnyOrder() {
        // Given one SqlParser for every run, so its parsers carry state from run to run (and are renewed on the way)
        SqlParser parser = new SqlParser(NO_TIMEOUT_IN_PRACTICE, Integer.MAX_VALUE);

        // When the statements are parsed in several orders, Then each comes out as from a parser built for it
        assertSameAsFresh(parser, statements);
        List<String> reversed = new ArrayList<>(statements);
        Collections.reverse(reversed);
        assertSameAsFresh(parser, reversed);
        for (long seed = 1; seed <= 2; seed++) {
            List<String> shuffled = new ArrayList<>(statements);
            Collections.shuffle(shuffled, new Random(seed));
            assertSameAsFresh(parser, shuffled);
        }
        assertSameAsFresh(parser, eachTwice(statements));
        assertSameAsFresh(parser, failuresBetweenSuccesses());
    }

    @Test
    void shouldGiveTheSameResultsAsFreshParsersOnSeveralThreadsSharingOneSqlParser() throws Exception {
        // Given one SqlParser shared by three threads, each with its own order
        SqlParser parser = new SqlParser(NO_TIMEOUT_IN_PRACTICE, Integer.MAX_VALUE);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (long seed = 10; seed < 13; seed++) {
                List<String> shuffled = new ArrayList<>(statements);
                Collections.shuffle(shuffled, new Random(seed));
                runs.add(threads.submit(() -> assertSameAsFresh(parser, shuffled)));
            }

            // Then every thread saw what fresh parsers see
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void shouldNotLetATimedOutParsePoisonTheNext() {
        // Given a short timeout and a statement that takes JSqlParser seconds
        SqlParser parser = new SqlParser(Duration.ofSeconds(1), Integer.MAX_VALUE);
        String pathological = pathologicalStatement();
        List<String> sample = statements.subList(0, 200);

        for (int round = 0; round < 2; round++) {
            // When it times out between ordinary statements
            assertSameAsFresh(parser, sample);
            ParsedStatement timedOut = parser.parse(statement(pathological));

            // Then it is reported as timed out, and the statements after it parse as with fresh parsers
            assertThat(timedOut.parseError()).contains("did not finish parsing the statement within 1,000 ms");
            assertSameAsFresh(parser, sample);
        }
    }

    @Test
    void shouldEndEveryParseWithTheDepthCountersReInitCannotResetBackAtZero() throws Exception {
        // ReusableJSqlParser relies on the grammar restoring these private counters in finally blocks
        Field ternary = CCJSqlParser.class.getDeclaredField("ternaryThenBranchDepth");
        Field mapKey = CCJSqlParser.class.getDeclaredField("mapKeyDepth");
        ternary.setAccessible(true);
        mapKey.setAccessible(true);
        for (boolean complex : new boolean[] {false, true}) {
            ReusableJSqlParser parser = new ReusableJSqlParser(complex);
            for (String text : statements) {
                if (!parser.prepare(text)) {
                    parser = new ReusableJSqlParser(complex);
                    parser.prepare(text);
                }
                try {
                    parser.Statement();
                } catch (ParseException | RuntimeException | StackOverflowError expected) {
                    // the counters matter most after a failure
                }
                assertThat(ternary.getInt(parser)).as("ternaryThenBranchDepth after %s", text).isZero();
                assertThat(mapKey.getInt(parser)).as("mapKeyDepth after %s", text).isZero();
            }
        }
    }

    @Test
    void shouldAskForANewParserAfterItsParseBudget() {
        ReusableJSqlParser parser = new ReusableJSqlParser(false);
        for (int i = 0; i < ReusableJSqlParser.MAX_PARSES; i++) {
            assertThat(parser.prepare("SELECT " + i)).isTrue();
        }

        assertThat(parser.prepare("SELECT 1")).isFalse();
    }

    private static void assertSameAsFresh(SqlParser parser, List<String> order) {
        for (String text : order) {
            assertThat(outcome(parser.parse(statement(text)))).as("outcome of %s", text)
                    .isEqualTo(freshOutcomes.get(text));
        }
    }

    private static String outcome(ParsedStatement parsed) {
        return parsed.ast().map(SqlParserReuseTest::describe).orElseGet(() -> (parsed.tooLarge() ? "skipped: "
                : "unparsed: ") + parsed.parseError());
    }

    /** What SqlParser did before reuse: a parser built per statement and per grammar path. */
    private static String freshOutcome(String text) {
        try {
            return describe(fresh(text, false));
        } catch (ParseException | RuntimeException simple) {
            try {
                return describe(fresh(text, true));
            } catch (ParseException | RuntimeException complex) {
                if (TransactionStatement.of(text).isPresent()) { // SqlParser's own tree for what JSqlParser rejects
                    return describe(TransactionStatement.of(text).get().syntaxTree(text));
                }
                String message = String.valueOf(complex.getMessage());
                int newline = message.indexOf('\n');
                return "unparsed: " + SqlText.redactLiterals(newline < 0 ? message : message.substring(0, newline));
            }
        } catch (StackOverflowError tooDeep) {
            return "skipped: The statement nests too deeply for JSqlParser; only rules that need no syntax tree"
                    + " checked it.";
        }
    }

    private static String kindOf(String text) {
        try {
            fresh(text, false);
            return "simple";
        } catch (ParseException | RuntimeException simple) {
            try {
                fresh(text, true);
                return "complex only";
            } catch (ParseException | RuntimeException complex) {
                return complex.getClass().getSimpleName();
            }
        } catch (StackOverflowError tooDeep) {
            return "StackOverflowError";
        }
    }

    private static Statement fresh(String text, boolean complex) throws ParseException {
        return CCJSqlParserUtil.newParser(text).withAllowComplexParsing(complex).Statement();
    }

    /**
     * The tree as text, and every field of every node and token reachable from it, so that a difference toString
     * does not show (a JDBC parameter's index, a token's line) still counts. Tokens' absolute offsets are left out:
     * a reused parser counts them from its first statement, and is documented to.
     */
    private static String describe(Statement ast) {
        StringBuilder out = new StringBuilder(ast.getClass().getName()).append(": ").append(ast).append('\n');
        new TreeDump(out).dump(ast);
        return out.toString();
    }

    private static final class TreeDump {
        private final StringBuilder out;
        private final Map<Object, Integer> seen = new IdentityHashMap<>();

        TreeDump(StringBuilder out) {
            this.out = out;
        }

        void dump(Object value) {
            if (value instanceof CCJSqlParser) {
                out.append("parser;"); // a tree node's back reference: not part of the result
                return;
            }
            if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                    || value instanceof Character || value instanceof Enum<?>) {
                out.append(value).append(';');
                return;
            }
            Integer id = seen.get(value);
            if (id != null) {
                out.append('#').append(id).append(';');
                return;
            }
            seen.put(value, seen.size());
            if (value instanceof Token token) {
                tokens(token);
            } else if (value instanceof Collection<?> collection) {
                out.append('[');
                collection.forEach(this::dump);
                out.append(']');
            } else if (value instanceof Map<?, ?> map) {
                out.append('{');
                map.forEach((key, item) -> {
                    dump(key);
                    dump(item);
                });
                out.append('}');
            } else if (value.getClass().isArray()) {
                out.append('[');
                for (int i = 0; i < Array.getLength(value); i++) {
                    dump(Array.get(value, i));
                }
                out.append(']');
            } else if (value.getClass().getName().startsWith("net.sf.jsqlparser.")) {
                fields(value);
            } else {
                out.append(value.getClass().getName()).append('=').append(value).append(';');
            }
        }

        /** A token and the ones after it, in a loop: following {@code next} recursively would overflow the stack. */
        private void tokens(Token first) {
            out.append("tokens<");
            for (Token token = first; token != null; token = token.next) {
                if (token != first && seen.putIfAbsent(token, seen.size()) != null) {
                    out.append('#').append(seen.get(token));
                    break;
                }
                out.append(token.kind).append(' ').append(token.image).append(' ').append(token.beginLine).append(':')
                        .append(token.beginColumn).append('-').append(token.endLine).append(':')
                        .append(token.endColumn).append(' ').append(token.absoluteEnd - token.absoluteBegin)
                        .append(token.specialToken == null ? "" : " /" + token.specialToken.image).append('|');
            }
            out.append('>');
        }

        private void fields(Object node) {
            out.append(node.getClass().getSimpleName()).append('(');
            for (Class<?> type = node.getClass(); type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) || field.getName().equals("parent")) {
                        continue; // a child's parent is reached from the parent already
                    }
                    field.setAccessible(true);
                    out.append(field.getName()).append('=');
                    try {
                        dump(field.get(node));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException("Cannot read " + field, e);
                    }
                }
            }
            out.append(')');
        }
    }

    private static List<String> testResourceStatements() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".sql")).sorted().toList()) {
                texts.addAll(split(Files.readString(file), engineOf(file)));
            }
        }
        return texts;
    }

    private static SqlEngine engineOf(Path file) {
        String path = file.toString();
        for (SqlEngine engine : SqlEngine.values()) {
            if (path.contains(engine.name().toLowerCase(Locale.ROOT))) {
                return engine;
            }
        }
        return SqlEngine.POSTGRESQL;
    }

    private static List<String> ruleExamples() {
        List<String> texts = new ArrayList<>();
        for (RuleDefinition rule : RuleRegistry.load().definitions()) {
            SqlEngine engine = rule.engines().stream().sorted().findFirst().orElse(SqlEngine.POSTGRESQL);
            for (String example : new String[] {rule.failing(), rule.passing()}) {
                if (example != null && !example.isBlank()) {
                    texts.addAll(split(example, engine));
                }
            }
        }
        return texts;
    }

    private static List<String> split(String script, SqlEngine engine) {
        try {
            return StatementSplitter.forEngine(engine).split(script).stream().map(SqlStatement::text).toList();
        } catch (SqlSplitException unsplittable) {
            return List.of(script); // still something to parse
        }
    }

    /** Statements that fail in each way JSqlParser can fail, and statements long enough to wrap its buffers. */
    private static List<String> awkwardStatements() {
        List<String> texts = new ArrayList<>(List.of(
                "SELECT FROM WHERE",
                "CREATE TABLE (id int)",
                "SELECT * FROM t WHERE a = 'secret",
                "SELECT 1 \u00a4",
                "SELECT \"unterminated",
                "UPDATE t SET a = 1 WHERE b = ? AND c = ?",
                "SELECT * FROM t WHERE a = ? OR b IN (?, ?, ?)",
                "SELECT CASE WHEN a THEN b = c ELSE d = e END FROM t",
                "SELECT CASE WHEN x THEN a IN (1, 2) END FROM t",
                "SELECT CASE WHEN x THEN EXISTS (SELECT 1) END FROM t",
                "SELECT CASE WHEN x THEN (a = 1 OR b = 2) AND c = 3 END FROM t",
                "SELECT CASE WHEN a IS NULL THEN b IS NOT NULL END FROM t",
                "SELECT a ? b : c FROM t",
                "SELECT m['k'] FROM t",
                "SELECT CASE WHEN x THEN a LIKE 'b' END FROM t WHERE",
                "SELECT a FROM t WHERE " + "NOT (".repeat(100) + "a = 1" + ")".repeat(100),
                "SELECT " + "f(".repeat(3000) + "1" + ")".repeat(3000),
                "SELECT " + "(".repeat(150) + "1" + ")".repeat(150) + " FROM"));
        StringBuilder insert = new StringBuilder("INSERT INTO t (a, b, c) VALUES (0, 'x', 0.5)");
        StringBuilder select = new StringBuilder("SELECT c0");
        StringBuilder broken = new StringBuilder("SELECT c0");
        for (int i = 1; i < 1500; i++) {
            insert.append(", (").append(i).append(", 'value ").append(i).append("', ").append(i).append(".5)");
            select.append(",\n  coalesce(c").append(i).append(", ").append(i).append(") AS a").append(i);
            broken.append(", c").append(i);
        }
        texts.add(insert.toString());
        texts.add(select.append("\nFROM t").toString());
        texts.add(broken.append(" FROM t WHERE ,").toString());
        return texts;
    }

    private static String pathologicalStatement() {
        StringBuilder sql = new StringBuilder("SELECT * FROM t WHERE a IN (0");
        for (int i = 1; i < 200_000; i++) {
            sql.append(", coalesce(b, ").append(i).append(')');
        }
        return sql.append(')').toString();
    }

    private static List<String> eachTwice(List<String> texts) {
        List<String> twice = new ArrayList<>();
        texts.forEach(text -> {
            twice.add(text);
            twice.add(text);
        });
        return twice;
    }

    /** Every failing statement, each between two statements that parse on the simple path. */
    private static List<String> failuresBetweenSuccesses() {
        List<String> simple = statements.stream().filter(text -> freshOutcomes.get(text).startsWith("net.")).toList();
        List<String> order = new ArrayList<>();
        int next = 0;
        for (String text : statements) {
            if (!freshOutcomes.get(text).startsWith("net.") || kindOf(text).equals("complex only")) {
                order.add(simple.get(next++ % simple.size()));
                order.add(text);
                order.add(simple.get(next++ % simple.size()));
            }
        }
        return order;
    }

    private static SqlStatement statement(String text) {
        return new SqlStatement(0, text, 1, 1, 0, text.length(), "");
    }
}
