package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import net.sf.jsqlparser.statement.UnsupportedStatement;

/** Cheap pre-checks so token rules never normalise statements of a type they do not judge (a 50 MB INSERT). */
public final class StatementTypes {
    private StatementTypes() {
    }

    /**
     * Whether the statement may be one of the types: JSqlParser parsed it as one of them, kept it as an
     * {@link UnsupportedStatement}, or could not parse it at all, so only its tokens can tell.
     */
    public static boolean mayBe(StatementContext statement, Class<?>... types) {
        if (!statement.parsed()) {
            return true;
        }
        Object ast = statement.ast().orElseThrow();
        return ast instanceof UnsupportedStatement || isOneOf(ast, types);
    }

    /** Whether the syntax tree is of one of the types (a loop, not a stream: asked of every statement). */
    public static boolean isOneOf(Object ast, Class<?>... types) {
        for (Class<?> type : types) {
            if (type.isInstance(ast)) {
                return true;
            }
        }
        return false;
    }
}
