package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TransactionBlockRule;

/** Squawk's ban-uncommitted-transaction. */
public final class DisallowUncommittedTransactionRule extends TransactionBlockRule {
    @Override
    public void endFile(FileContext file, RuleContext rule) {
        if (inBlock()) {
            rule.report(openedBy(), "The transaction opened here is never committed in " + file.script() + ".");
        }
    }
}
