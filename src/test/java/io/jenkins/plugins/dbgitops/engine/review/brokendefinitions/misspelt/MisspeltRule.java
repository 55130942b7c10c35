package io.jenkins.plugins.dbgitops.engine.review.brokendefinitions.misspelt;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;

/** A rule whose {@code rules.yaml} entry has a misspelt key, for {@code RuleDefinitionsTest}. */
public final class MisspeltRule implements Rule {
    @Override
    public void check(StatementContext statement, RuleContext rule) {
    }
}
