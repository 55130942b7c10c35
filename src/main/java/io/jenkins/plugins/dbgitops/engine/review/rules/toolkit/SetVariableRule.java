package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;

/** The family of MySQL rules that judge each assignment of a {@code SET} statement ({@link SetVariables}). */
public abstract class SetVariableRule implements Rule {
    @Override
    public final List<Class<? extends Statement>> statementTypes() {
        return SetVariables.STATEMENT_TYPES;
    }

    @Override
    public final void check(StatementContext statement, RuleContext rule) {
        for (SetVariables.Assignment assignment : SetVariables.of(statement)) {
            check(assignment, statement, rule);
        }
    }

    /** Checks one assignment of the statement. */
    protected abstract void check(SetVariables.Assignment assignment, StatementContext statement, RuleContext rule);
}
