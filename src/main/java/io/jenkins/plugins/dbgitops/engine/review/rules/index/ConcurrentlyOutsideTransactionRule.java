package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NonTransactional;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TransactionBlockRule;

/** Squawk's ban-concurrent-index-creation-in-transaction, for every CONCURRENTLY form that cannot run in one. */
public final class ConcurrentlyOutsideTransactionRule extends TransactionBlockRule {
    @Override
    protected void statementInFile(StatementContext statement, RuleContext rule) {
        if (inBlock() && NonTransactional.isConcurrent(statement)) {
            rule.report(statement, "This CONCURRENTLY statement is inside a BEGIN ... COMMIT block, where PostgreSQL"
                    + " refuses to run it.");
        }
    }
}
