package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.MySqlTableOptions;

/** The family of {@code statement.require-algorithm-option} and {@code -lock-option}: MySQL ALTER TABLE states one. */
abstract class RequireAlterTableOptionRule implements Rule {
    private final String option;

    /** @param option the ALTER TABLE option, as {@link MySqlTableOptions#get} names it: "ALGORITHM", "LOCK" */
    RequireAlterTableOptionRule(String option) {
        this.option = option;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        MySqlTableOptions.of(statement)
                .filter(options -> !options.create() && options.get(option).isEmpty())
                .ifPresent(options -> rule.report(statement,
                        Impact.of("ALTER TABLE " + options.table() + " has no " + option + " option", rule)));
    }
}
