package io.jenkins.plugins.dbgitops.engine.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Splits a migration script into statements the way the engine's own client would, keeping each statement's
 * position for findings and error messages.
 *
 * <p>Statements end at {@code ;} (or at the delimiter set by a MySQL {@code DELIMITER} line) outside strings, quoted
 * identifiers, dollar quotes, comments and routine bodies ({@code BEGIN ... END} of MySQL routines, PostgreSQL's
 * {@code BEGIN ATOMIC}, SQLite triggers). Empty statements are skipped; comments before a statement become its
 * {@link SqlStatement#leadingComments()}; comments after the last statement are dropped, also when it has no
 * delimiter; a last statement without a delimiter is kept. Comments inside a statement, up to its delimiter, stay in
 * its text. A byte order mark is removed first, and offsets count from after it. Lines count CRLF, CR and
 * LF as one break each; columns count UTF-16 characters, a tab as one.
 *
 * <p>The scan is one pass with a small state machine, so it is linear in the script's length; {@link #stream}
 * hands out statements as they are found. A splitter holds no state and may be shared between threads.
 */
public final class StatementSplitter {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final SqlEngine engine;

    private StatementSplitter(SqlEngine engine) {
        this.engine = engine;
    }

    public static StatementSplitter forEngine(SqlEngine engine) {
        return new StatementSplitter(Objects.requireNonNull(engine, "engine must not be null"));
    }

    public SqlEngine engine() {
        return engine;
    }

    /**
     * Splits the whole script.
     *
     * @throws SqlSplitException if a string, quoted identifier, dollar quote, comment or routine body is still open
     *                           at the end of the script, or a {@code DELIMITER} command names no delimiter
     */
    public List<SqlStatement> split(String script) {
        ScriptScanner scanner = newScanner(script);
        List<SqlStatement> statements = new ArrayList<>();
        for (SqlStatement statement = scanner.next(); statement != null; statement = scanner.next()) {
            statements.add(statement);
        }
        return Collections.unmodifiableList(statements);
    }

    /**
     * Splits the script lazily: each statement is found when the stream asks for it, so a consumer can stop early
     * and statements that were handled can be garbage collected. Errors are thrown when the scan reaches them.
     */
    public Stream<SqlStatement> stream(String script) {
        ScriptScanner scanner = newScanner(script);
        Iterator<SqlStatement> iterator = new Iterator<>() {
            private SqlStatement next;
            private boolean fetched;

            @Override
            public boolean hasNext() {
                if (!fetched) {
                    next = scanner.next();
                    fetched = true;
                }
                return next != null;
            }

            @Override
            public SqlStatement next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("The script has no more statements.");
                }
                fetched = false;
                return next;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private ScriptScanner newScanner(String script) {
        Objects.requireNonNull(script, "script must not be null");
        String withoutBom = !script.isEmpty() && script.charAt(0) == BYTE_ORDER_MARK ? script.substring(1) : script;
        return new ScriptScanner(withoutBom, engine);
    }
}
