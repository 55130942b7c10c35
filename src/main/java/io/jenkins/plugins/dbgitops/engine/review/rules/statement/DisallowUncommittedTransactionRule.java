package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TransactionControl;

/** Squawk's ban-uncommitted-transaction. */
public final class DisallowUncommittedTransactionRule implements Rule {
    private StatementContext openedBy;

    @Override
    public void startFile(FileContext file, RuleContext rule) {
        openedBy = null;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        TransactionControl control = TransactionControl.of(statement);
        if (control == TransactionControl.BEGIN && openedBy == null) {
            openedBy = statement;
        } else if (control == TransactionControl.END) {
            openedBy = null;
        }
    }

    @Override
    public void endFile(FileContext file, RuleContext rule) {
        if (openedBy != null) {
            rule.report(openedBy, "The transaction opened here is never committed in " + file.script() + ".");
        }
    }
}
