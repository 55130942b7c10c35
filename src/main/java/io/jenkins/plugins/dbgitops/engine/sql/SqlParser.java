package io.jenkins.plugins.dbgitops.engine.sql;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.statement.Statement;

/**
 * Parses one statement at a time with JSqlParser, on the calling thread, with an explicit timeout; tries the fast
 * grammar path before the complex one, as JSqlParser itself does.
 *
 * <p>{@code CCJSqlParserUtil.parse} runs every parse on a pool thread just to time it out, which costs two thread
 * hand-offs per statement (the review benchmark measured the review at over twice the raw parse time on a loaded
 * machine because of them). Instead one shared watchdog thread sweeps the parses in progress and sets JSqlParser's
 * own {@code interrupted} flag on those past their deadline, which makes the grammar give up.
 *
 * <p>JSqlParser parsers are re-initialised rather than built per statement ({@link ReusableJSqlParser}); a parser
 * whose parse timed out or failed with anything but a {@code ParseException} is dropped, never reused. Thread-safe:
 * each parse takes a parser of its own from a small pool.
 */
public final class SqlParser {
    /**
     * Statements longer than this (in characters) are not parsed by default: in practice they are bulk
     * {@code INSERT ... VALUES} batches, whose syntax tree costs time and memory in proportion to the data
     * and tells rules nothing a token scan cannot.
     */
    public static final int DEFAULT_MAX_STATEMENT_LENGTH = 64 * 1024;

    private final Duration timeout;
    private final int maxStatementLength;
    // building a JSqlParser parser cost ~9% of a parse: each grammar mode keeps a few to re-initialise instead
    private final JSqlParserPool simpleParsers = new JSqlParserPool(false);
    private final JSqlParserPool complexParsers = new JSqlParserPool(true);

    public SqlParser(Duration timeout) {
        this(timeout, DEFAULT_MAX_STATEMENT_LENGTH);
    }

    public SqlParser(Duration timeout, int maxStatementLength) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The parse timeout must be positive, not " + timeout);
        }
        this.timeout = timeout;
        this.maxStatementLength = maxStatementLength;
    }

    /** A parser with a 10 second timeout per statement and the default size limit. */
    public static SqlParser withDefaults() {
        return new SqlParser(Duration.ofSeconds(10));
    }

    /** Parses the statement; never throws for bad SQL, which is reported in the result instead. */
    public ParsedStatement parse(SqlStatement statement) {
        String text = statement.text();
        if (text.length() > maxStatementLength) {
            return ParsedStatement.skipped(statement, String.format(Locale.ROOT,
                    "The statement has %,d characters, over the %,d-character parse limit; only rules that need"
                            + " no syntax tree checked it.", text.length(), maxStatementLength));
        }
        try {
            return ParsedStatement.parsed(statement, parse(text, false));
        } catch (ParseException | RuntimeException simple) {
            try {
                return ParsedStatement.parsed(statement, parse(text, true));
            } catch (ParseException | RuntimeException complex) {
                Optional<TransactionStatement> transaction = TransactionStatement.of(text);
                if (transaction.isPresent()) {
                    return ParsedStatement.parsed(statement, transaction.get().syntaxTree(text));
                }
                // JSqlParser's grammar can also fail with runtime errors on unusual input; unparsed, not lost
                return ParsedStatement.unparsed(statement, firstLine(complex));
            } catch (TimedOut timedOut) {
                return timedOut(statement);
            }
        } catch (TimedOut timedOut) {
            // the complex path is slower still: one timeout bounds the statement, as in CCJSqlParserUtil.parse
            return timedOut(statement);
        } catch (StackOverflowError tooDeep) {
            return ParsedStatement.skipped(statement, "The statement nests too deeply for JSqlParser; only rules"
                    + " that need no syntax tree checked it.");
        }
    }

    private Statement parse(String text, boolean complex) throws ParseException, TimedOut {
        JSqlParserPool pool = complex ? complexParsers : simpleParsers;
        ReusableJSqlParser parser = pool.take(text);
        boolean reusable = false;
        Watchdog.Watch watch = Watchdog.watch(parser, timeout);
        try {
            Statement ast = parser.Statement();
            if (parser.interrupted) {
                // an interrupted grammar may have taken a shorter alternative: do not trust the tree
                throw new TimedOut();
            }
            reusable = true;
            return ast;
        } catch (ParseException e) {
            if (parser.interrupted) {
                throw new TimedOut();
            }
            reusable = true;
            throw e;
        } catch (RuntimeException e) {
            if (parser.interrupted) {
                throw new TimedOut();
            }
            throw e;
        } finally {
            Watchdog.release(watch);
            // after a timeout, a runtime error or a StackOverflowError the parser is dropped, not trusted again
            if (reusable) {
                pool.giveBack(parser);
            }
        }
    }

    private ParsedStatement timedOut(SqlStatement statement) {
        return ParsedStatement.skipped(statement, String.format(Locale.ROOT, "JSqlParser did not finish parsing"
                + " the statement within %,d ms; only rules that need no syntax tree checked it.",
                timeout.toMillis()));
    }

    private static String firstLine(Exception exception) {
        String message = String.valueOf(exception.getMessage());
        int newline = message.indexOf('\n');
        // JSqlParser quotes the token it stumbled on, which may be a password literal: never keep literals
        return SqlText.redactLiterals(newline < 0 ? message : message.substring(0, newline));
    }

    /** A parse stopped by the watchdog. */
    private static final class TimedOut extends Exception {
        private static final long serialVersionUID = 1L;

        TimedOut() {
            super("JSqlParser timed out", null, false, false);
        }
    }

    /**
     * One daemon thread that, every {@link #TICK_MILLIS}, interrupts the parses past their deadline. Registering a
     * parse is a set insertion with no thread wake-up, unlike scheduling (and cancelling) a task per statement.
     */
    private static final class Watchdog {
        private static final long TICK_MILLIS = 20;
        private static final Set<Watch> RUNNING = ConcurrentHashMap.newKeySet();
        private static final ScheduledExecutorService SWEEPER = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dbgitops-sql-parser-watchdog");
            thread.setDaemon(true);
            return thread;
        });

        static {
            SWEEPER.scheduleWithFixedDelay(Watchdog::sweep, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        }

        private Watchdog() {
        }

        static Watch watch(CCJSqlParser parser, Duration timeout) {
            Watch watch = new Watch(parser, System.nanoTime() + timeout.toNanos());
            RUNNING.add(watch);
            return watch;
        }

        static void release(Watch watch) {
            watch.release();
            RUNNING.remove(watch);
        }

        private static void sweep() {
            long now = System.nanoTime();
            for (Watch watch : RUNNING) {
                if (now - watch.deadline() >= 0) {
                    watch.interrupt();
                }
            }
        }

        /**
         * Identity matters: two parses of equal text are two watches. The lock makes {@link #release} final: the
         * sweeper may still hold a watch it read before the release, and must not interrupt the parser's next parse.
         */
        private static final class Watch {
            private final CCJSqlParser parser;
            private final long deadline;
            private boolean released;

            Watch(CCJSqlParser parser, long deadline) {
                this.parser = parser;
                this.deadline = deadline;
            }

            long deadline() {
                return deadline;
            }

            synchronized void interrupt() {
                if (!released) {
                    parser.interrupted = true;
                }
            }

            synchronized void release() {
                released = true;
            }
        }
    }
}
