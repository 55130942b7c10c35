package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SetVariables;

/** MySQL {@code SET foreign_key_checks = 0} (or OFF) in a migration. */
public final class DisallowDisableForeignKeyChecksRule implements Rule {
    @Override
    public void check(StatementContext statement, RuleContext rule) {
        for (SetVariables.Assignment assignment : SetVariables.of(statement)) {
            if (assignment.name().equals("FOREIGN_KEY_CHECKS")
                    && (assignment.value().equals("0") || assignment.value().equals("OFF"))) {
                rule.report(statement, Impact.of("foreign_key_checks is switched off", rule));
            }
        }
    }
}
