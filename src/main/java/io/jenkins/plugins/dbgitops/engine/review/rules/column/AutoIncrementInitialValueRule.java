package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.MySqlTableOptions;

/**
 * Bytebase's {@code column.auto-increment-initial-value}: an {@code AUTO_INCREMENT = n} table option must equal the
 * payload's {@code number}. Tables without the option pass, as in Bytebase.
 */
public final class AutoIncrementInitialValueRule implements Rule {
    @Override
    public void check(StatementContext statement, RuleContext rule) {
        int expected = rule.config().integer("number");
        MySqlTableOptions.of(statement).ifPresent(options -> options.get("AUTO_INCREMENT")
                .filter(value -> !value.equals(Integer.toString(expected)))
                .ifPresent(value -> rule.report(statement, "The initial auto-increment value in table "
                        + options.table() + " is " + value + ", which doesn't equal " + expected + ".")));
    }
}
