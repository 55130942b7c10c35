package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;

/**
 * The family of rules that match a statement's normalised text ({@link StatementContext#normalized}), because
 * JSqlParser drops or rejects what they look for. The types are named once: the rule gets the text of statements that
 * parsed to one of them and of statements the parser rejected, never of other parsed statements (normalising a 50 MB
 * INSERT costs more than the rule) nor of those kept as {@code UnsupportedStatement}.
 */
public abstract class NormalizedTextRule extends TypedRule {
    /** The same types as an array, made once: check runs for every statement. */
    private final Class<?>[] typeArray;

    @SafeVarargs
    protected NormalizedTextRule(Class<? extends Statement>... types) {
        super(List.of(types));
        this.typeArray = types.clone();
    }

    @Override
    public final void check(StatementContext statement, RuleContext rule) {
        if (!statement.parsed() || StatementTypes.isOneOf(statement.ast().orElseThrow(), typeArray)) {
            check(statement.normalized(), statement, rule);
        }
    }

    /** Checks one statement, given its normalised text. */
    protected abstract void check(String normalized, StatementContext statement, RuleContext rule);
}
