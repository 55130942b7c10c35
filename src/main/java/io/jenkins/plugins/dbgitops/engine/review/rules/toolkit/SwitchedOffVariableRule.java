package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.Locale;

/** The family of MySQL rules that flag a safety variable switched off: {@code SET name = 0} or {@code OFF}. */
public abstract class SwitchedOffVariableRule extends SetVariableRule {
    private final String variable;

    /** @param variable the variable's name in upper case, as {@link SetVariables} reads it */
    protected SwitchedOffVariableRule(String variable) {
        this.variable = variable;
    }

    @Override
    protected final void check(SetVariables.Assignment assignment, StatementContext statement, RuleContext rule) {
        boolean off = assignment.value().equals("0") || assignment.value().equals("OFF");
        if (off && assignment.name().equals(variable)) {
            rule.report(statement, Impact.of(variable.toLowerCase(Locale.ROOT) + " is switched off", rule));
        }
    }
}
