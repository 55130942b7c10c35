package io.jenkins.plugins.dbgitops.engine.sql;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The idle parsers of one grammar mode of one {@link SqlParser}: a few slots, so that reviews running on several
 * threads each find one, and nothing kept per thread (no {@code ThreadLocal} to outlive the plugin in Jenkins'
 * executor threads). Taking and giving back is one compare-and-set each.
 */
final class JSqlParserPool {
    /** More threads than this parsing at once build some parsers anew, as before reuse. */
    private static final int SLOTS = 4;

    private final boolean complex;
    private final AtomicReferenceArray<ReusableJSqlParser> idle = new AtomicReferenceArray<>(SLOTS);

    JSqlParserPool(boolean complex) {
        this.complex = complex;
    }

    /** An idle parser prepared for {@code text}, or a new one when none is idle or the idle one must be renewed. */
    ReusableJSqlParser take(String text) {
        for (int i = 0; i < SLOTS; i++) {
            ReusableJSqlParser parser = idle.get(i);
            if (parser != null && idle.compareAndSet(i, parser, null)) {
                if (parser.prepare(text)) {
                    return parser;
                }
                break;
            }
        }
        ReusableJSqlParser parser = new ReusableJSqlParser(complex);
        if (!parser.prepare(text)) {
            throw new IllegalStateException("A new JSqlParser parser refused its first statement");
        }
        return parser;
    }

    /** Keeps a parser whose last parse ended normally or with a {@code ParseException}; drops it when all are full. */
    void giveBack(ReusableJSqlParser parser) {
        for (int i = 0; i < SLOTS; i++) {
            if (idle.compareAndSet(i, null, parser)) {
                return;
            }
        }
    }
}
