package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SetVariables;

/** MySQL {@code SET foreign_key_checks = 0} (or OFF) in a migration. */
public final class DisallowDisableForeignKeyChecksRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.disallow-disable-foreign-key-checks")
            .title("Disallow switching off foreign key checks")
            .origin("dbgitops")
            .engines(RuleDefinition.Engines.MYSQL_FAMILY)
            .defaultLevel(Level.WARNING)
            .message("With foreign_key_checks off, the migration can insert orphans and add foreign keys that"
                    + " existing rows violate, and MySQL never re-checks them.")
            .help("Order the statements so parents come before children, or validate the data before turning"
                    + " the checks back on.")
            .description("Reports SET [SESSION|GLOBAL] foreign_key_checks = 0 or OFF. MySQL does not validate"
                    + " existing rows when the checks are switched back on, so any orphan written meanwhile stays;"
                    + " set globally, it affects every application session too.")
            .failing("SET foreign_key_checks = 0;")
            .passing("SET foreign_key_checks = 1;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        for (SetVariables.Assignment assignment : SetVariables.of(statement)) {
            if (assignment.name().equals("FOREIGN_KEY_CHECKS")
                    && (assignment.value().equals("0") || assignment.value().equals("OFF"))) {
                rule.report(statement, Impact.of("foreign_key_checks is switched off", DEFINITION));
            }
        }
    }
}
