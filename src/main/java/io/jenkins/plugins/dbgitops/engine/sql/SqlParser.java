package io.jenkins.plugins.dbgitops.engine.sql;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.feature.Feature;
import net.sf.jsqlparser.statement.Statement;

/**
 * Parses one statement at a time with JSqlParser. {@code CCJSqlParserUtil.parse(String)} starts a thread pool per
 * call; this class shares one daemon executor and sets an explicit timeout, and tries the fast grammar path before
 * the complex one, as JSqlParser itself does.
 */
public final class SqlParser {
    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(daemonThreads());

    /**
     * Statements longer than this (in characters) are not parsed by default: in practice they are bulk
     * {@code INSERT ... VALUES} batches, whose syntax tree costs time and memory in proportion to the data
     * and tells rules nothing a token scan cannot.
     */
    public static final int DEFAULT_MAX_STATEMENT_LENGTH = 64 * 1024;

    private final Duration timeout;
    private final int maxStatementLength;

    public SqlParser(Duration timeout) {
        this(timeout, DEFAULT_MAX_STATEMENT_LENGTH);
    }

    public SqlParser(Duration timeout, int maxStatementLength) {
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
            return ParsedStatement.skipped(statement, String.format(java.util.Locale.ROOT,
                    "The statement has %,d characters, over the %,d-character parse limit; only rules that need"
                            + " no syntax tree checked it.", text.length(), maxStatementLength));
        }
        try {
            return ParsedStatement.parsed(statement, parse(text, false));
        } catch (JSQLParserException simple) {
            try {
                return ParsedStatement.parsed(statement, parse(text, true));
            } catch (JSQLParserException complex) {
                return ParsedStatement.unparsed(statement, firstLine(complex));
            }
        } catch (RuntimeException unexpected) {
            // JSqlParser's grammar can fail with runtime errors on unusual input; such a statement is unparsed, not lost.
            return ParsedStatement.unparsed(statement, SqlText.redactLiterals(String.valueOf(unexpected.getMessage())));
        }
    }

    private Statement parse(String text, boolean complex) throws JSQLParserException {
        CCJSqlParser parser = CCJSqlParserUtil.newParser(text)
                .withAllowComplexParsing(complex)
                .withTimeOut(timeout.toMillis());
        parser.getConfiguration().setValue(Feature.timeOut, timeout.toMillis());
        return CCJSqlParserUtil.parseStatement(parser, EXECUTOR);
    }

    private static String firstLine(JSQLParserException exception) {
        Throwable cause = exception.getCause() != null ? exception.getCause() : exception;
        String message = String.valueOf(cause.getMessage());
        int newline = message.indexOf('\n');
        // JSqlParser quotes the token it stumbled on, which may be a password literal: never keep literals
        return SqlText.redactLiterals(newline < 0 ? message : message.substring(0, newline));
    }

    private static ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "dbgitops-sql-parser");
            thread.setDaemon(true);
            return thread;
        };
    }
}
