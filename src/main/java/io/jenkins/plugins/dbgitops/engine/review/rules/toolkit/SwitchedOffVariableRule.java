package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.statement.SetStatement;
import net.sf.jsqlparser.statement.Statement;

/** The family of MySQL rules that flag a safety variable switched off: {@code SET name = 0} or {@code OFF}. */
public abstract class SwitchedOffVariableRule implements Rule {
    private final String variable;

    /** @param variable the variable's name in upper case, as {@link SetVariables} reads it */
    protected SwitchedOffVariableRule(String variable) {
        this.variable = variable;
    }

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return SetVariables.STATEMENT_TYPES;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        for (SetVariables.Assignment assignment : SetVariables.of(statement)) {
            if (assignment.name().equals(variable)
                    && (assignment.value().equals("0") || assignment.value().equals("OFF"))) {
                rule.report(statement, Impact.of(variable.toLowerCase(Locale.ROOT) + " is switched off", rule));
            }
        }
    }
}
