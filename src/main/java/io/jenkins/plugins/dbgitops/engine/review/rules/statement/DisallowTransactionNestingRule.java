package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NonTransactional;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TransactionControl;
import java.util.ArrayList;
import java.util.List;

/**
 * Squawk's transaction-nesting, in its assume-in-transaction mode for files dbgitops wraps in a transaction (all but
 * those marked {@code -- dbgitops:no-transaction} or holding a statement that cannot run in one).
 */
public final class DisallowTransactionNestingRule implements Rule {
    private final List<StatementContext> explicit = new ArrayList<>();
    private boolean open;
    private boolean nonTransactional;

    @Override
    public void startFile(FileContext file, RuleContext rule) {
        explicit.clear();
        open = false;
        nonTransactional = NonTransactional.declared(file);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        TransactionControl control = TransactionControl.of(statement);
        if (control == TransactionControl.BEGIN) {
            if (open) {
                rule.report(statement, "BEGIN inside an open transaction does not start a new one; its COMMIT ends"
                        + " the outer transaction.");
            } else {
                explicit.add(statement);
            }
            open = true;
        } else if (control == TransactionControl.END) {
            if (!open && nonTransactional) {
                // as Squawk's transaction-nesting: a second COMMIT ends nothing, PostgreSQL only warns
                rule.report(statement, SqlTokens.of(statement).get(0).upper() + " with no transaction open ends"
                        + " nothing: remove it.");
            } else {
                // in a file dbgitops wraps in a transaction, every COMMIT or ROLLBACK ends the wrapper early
                explicit.add(statement);
            }
            open = false;
        } else if (!nonTransactional && NonTransactional.is(statement)) {
            nonTransactional = true;
        }
    }

    @Override
    public void endFile(FileContext file, RuleContext rule) {
        if (nonTransactional) {
            return;
        }
        for (StatementContext statement : explicit) {
            rule.report(statement, "dbgitops already runs this file in a transaction: "
                    + SqlTokens.of(statement).get(0).upper()
                    + " here nests in it or ends it early.");
        }
    }
}
