package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Tokens;

/** Squawk's require-concurrent-reindex. JSqlParser 5.4 cannot parse REINDEX; it is read token-wise. */
public final class ReindexConcurrentlyRule implements Rule {
    @Override
    public void check(StatementContext statement, RuleContext rule) {
        // REINDEX SYSTEM cannot run concurrently: there is nothing to ask for (as Squawk's require-concurrent-reindex)
        if (SqlTokens.startsWith(statement, "REINDEX") && !SqlTokens.startsWith(statement, "REINDEX", "SYSTEM")
                && !Tokens.contains(SqlTokens.of(statement), "CONCURRENTLY")) {
            rule.report(statement);
        }
    }
}
