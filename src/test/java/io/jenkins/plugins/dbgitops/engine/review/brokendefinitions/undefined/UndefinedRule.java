package io.jenkins.plugins.dbgitops.engine.review.brokendefinitions.undefined;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;

/** A rule the {@code rules.yaml} of its package does not define, for {@code RuleDefinitionsTest}. */
public final class UndefinedRule implements Rule {
    @Override
    public void check(StatementContext statement, RuleContext rule) {
    }
}
