package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;

/** Squawk's prefer-repack, for CLUSTER; JSqlParser 5.4 cannot parse CLUSTER, so it is read token-wise. */
public final class DisallowClusterRule implements Rule {
    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (SqlTokens.startsWith(statement, "CLUSTER")) {
            rule.report(statement);
        }
    }
}
