package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.migration.MigrationDirectives;
import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.PayloadField;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TransactionControl;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;

/**
 * Bytebase's {@code statement.maximum-statements-in-transaction}. dbgitops runs a file in one transaction unless it
 * says {@code -- dbgitops:no-transaction}; explicit BEGIN / COMMIT / ROLLBACK start and end transactions, and on
 * MySQL every DDL statement commits implicitly. Reported once per transaction, at the first statement past the limit.
 */
public final class MaximumStatementsInTransactionRule implements Rule {
    private static final int DEFAULT_LIMIT = 50;

    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.maximum-statements-in-transaction")
            .title("Maximum statements in one transaction")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.WARNING)
            .message("A transaction with very many statements holds its locks and snapshot for a long time and is rolled back as a whole.")
            .help("Split the file into several migrations, or batch the rows into fewer multi-row statements.")
            .description("Counts the statements of each transaction of a file: the whole file when dbgitops wraps"
                    + " it in a transaction, or each explicit BEGIN ... COMMIT block; on MySQL a DDL statement ends"
                    + " the transaction implicitly. Long transactions keep every row lock they took, block vacuum"
                    + " and purge, and make replicas lag.")
            .failing(updates(DEFAULT_LIMIT + 1))
            .passing(updates(DEFAULT_LIMIT))
            .payload(PayloadField.integer("number", DEFAULT_LIMIT, "the largest allowed number of statements in a transaction"))
            .build();

    private boolean inTransaction;
    private int count;
    private boolean reported;

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

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

    private static String updates(int statements) {
        StringBuilder sql = new StringBuilder();
        for (int i = 1; i <= statements; i++) {
            sql.append("UPDATE prices SET amount = amount * 1.1 WHERE product_id = ").append(i).append(";\n");
        }
        return sql.toString();
    }
}
