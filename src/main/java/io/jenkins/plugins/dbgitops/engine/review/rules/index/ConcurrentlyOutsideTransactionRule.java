package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NonTransactional;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TransactionControl;

/** Squawk's ban-concurrent-index-creation-in-transaction, for every CONCURRENTLY form that cannot run in one. */
public final class ConcurrentlyOutsideTransactionRule implements Rule {
    private boolean open;

    @Override
    public void startFile(FileContext file, RuleContext rule) {
        open = false;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        TransactionControl control = TransactionControl.of(statement);
        if (control != TransactionControl.NONE) {
            open = control == TransactionControl.BEGIN;
        } else if (open && NonTransactional.isConcurrent(statement)) {
            rule.report(statement, "This CONCURRENTLY statement is inside a BEGIN ... COMMIT block, where PostgreSQL"
                    + " refuses to run it.");
        }
    }
}
