package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NonTransactional;

/** Bytebase's {@code statement.non-transactional}. */
public final class NonTransactionalRule implements Rule {
    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (NonTransactional.is(statement)) {
            rule.report(statement);
        }
    }
}
