package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NonTransactional;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TransactionControl;

/** Squawk's ban-concurrent-index-creation-in-transaction, for every CONCURRENTLY form that cannot run in one. */
public final class ConcurrentlyOutsideTransactionRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("index.concurrently-outside-transaction")
            .title("Run CONCURRENTLY statements outside transaction blocks")
            .origin("Squawk: ban-concurrent-index-creation-in-transaction")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.ERROR)
            .message("CREATE INDEX CONCURRENTLY and the other CONCURRENTLY statements fail inside a transaction block.")
            .help("Move the statement out of the BEGIN ... COMMIT block; dbgitops runs such files without a transaction.")
            .description("CREATE/DROP INDEX CONCURRENTLY, REINDEX ... CONCURRENTLY and DETACH PARTITION ... CONCURRENTLY"
                    + " refuse to run inside a transaction block (ERROR: cannot run inside a transaction block), so a"
                    + " migration that wraps them in BEGIN ... COMMIT fails at deploy time. dbgitops runs a file with"
                    + " such a statement outside a transaction by itself; an explicit block defeats that.")
            .failing("BEGIN;\nCREATE INDEX CONCURRENTLY idx_orders_customer ON orders (customer_id);\nCOMMIT;")
            .passing("CREATE INDEX CONCURRENTLY idx_orders_customer ON orders (customer_id);")
            .build();

    private boolean open;

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

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
