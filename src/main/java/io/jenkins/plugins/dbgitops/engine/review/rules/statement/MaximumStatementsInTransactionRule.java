package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.migration.MigrationDirectives;
import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TransactionControl;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;

/**
 * Bytebase's {@code statement.maximum-statements-in-transaction}. dbgitops runs a file in one transaction unless it
 * says {@code -- dbgitops:no-transaction}; explicit BEGIN / COMMIT / ROLLBACK start and end transactions, and on
 * MySQL every DDL statement commits implicitly. Reported once per transaction, at the first statement past the limit.
 */
public final class MaximumStatementsInTransactionRule implements Rule {
    private boolean inTransaction;
    private int count;
    private boolean reported;

    @Override
    public void startFile(FileContext file, RuleContext rule) {
        inTransaction = !file.noTransaction() && !MigrationDirectives.read(file.content()).noTransaction();
        count = 0;
        reported = false;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        TransactionControl control = TransactionControl.of(statement);
        if (control != TransactionControl.NONE) {
            restart(control == TransactionControl.BEGIN);
            return;
        }
        if (statement.engine() != SqlEngine.POSTGRESQL && StatementKind.of(statement) == StatementKind.DDL) {
            restart(false); // MySQL commits before and after every DDL statement
            return;
        }
        if (!inTransaction) {
            return;
        }
        count++;
        int limit = rule.config().integer("number");
        if (count > limit && !reported) {
            reported = true;
            rule.report(statement, "This transaction has more than " + limit + " statements; the limit is " + limit
                    + ". Its locks are held until the last one.");
        }
    }

    private void restart(boolean open) {
        inTransaction = open;
        count = 0;
        reported = false;
    }
}
