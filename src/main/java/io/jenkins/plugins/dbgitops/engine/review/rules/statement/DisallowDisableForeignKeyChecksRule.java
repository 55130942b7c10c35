package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SwitchedOffVariableRule;

/** MySQL {@code SET foreign_key_checks = 0} (or OFF) in a migration. */
public final class DisallowDisableForeignKeyChecksRule extends SwitchedOffVariableRule {
    public DisallowDisableForeignKeyChecksRule() {
        super("FOREIGN_KEY_CHECKS");
    }
}
