package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;

/**
 * A rule that judges only statements JSqlParser parsed (an {@code UnsupportedStatement} included), of the types it
 * names once: the engine calls it for them, and it gets the syntax tree. A statement the parser rejected has nothing
 * such a rule could read.
 */
public abstract class ParsedRule extends TypedRule {
    /** A rule for parsed statements of every type. */
    protected ParsedRule() {
        this(List.of());
    }

    /** A rule for parsed statements of these types (and those kept as {@code UnsupportedStatement}). */
    protected ParsedRule(List<Class<? extends Statement>> types) {
        super(types);
    }

    @Override
    public final void check(StatementContext statement, RuleContext rule) {
        if (statement.ast().isPresent()) {
            check(statement.ast().get(), statement, rule);
        }
    }

    /** Checks one parsed statement. */
    protected abstract void check(Statement ast, StatementContext statement, RuleContext rule);
}
