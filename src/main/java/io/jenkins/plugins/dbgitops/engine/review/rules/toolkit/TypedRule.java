package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;

/**
 * A rule that names the syntax tree types it judges once, in its constructor ({@link Rule#statementTypes}): the
 * engine calls it for parsed statements of those types and for those JSqlParser rejected or kept as
 * {@code UnsupportedStatement}. The family bases build on it.
 */
public abstract class TypedRule implements Rule {
    private final List<Class<? extends Statement>> types;

    /** @param types the types judged; empty for every statement */
    protected TypedRule(List<Class<? extends Statement>> types) {
        this.types = List.copyOf(types);
    }

    @Override
    public final List<Class<? extends Statement>> statementTypes() {
        return types;
    }
}
