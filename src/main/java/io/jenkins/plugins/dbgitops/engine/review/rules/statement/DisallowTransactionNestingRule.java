package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.HeldFindings;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TransactionBlockRule;

/**
 * Squawk's transaction-nesting, in its assume-in-transaction mode for files dbgitops wraps in a transaction (all but
 * those marked {@code -- dbgitops:no-transaction} or holding a statement that cannot run in one).
 */
public final class DisallowTransactionNestingRule extends TransactionBlockRule {
    /** The BEGIN, COMMIT and ROLLBACK statements that nest in dbgitops' own transaction or end it early. */
    private final HeldFindings explicit = new HeldFindings();

    @Override
    protected void start(FileContext file, RuleContext rule) {
        explicit.clear();
    }

    @Override
    protected void begin(StatementContext statement, RuleContext rule) {
        if (inBlock()) {
            rule.report(statement, "BEGIN inside an open transaction does not start a new one; its COMMIT ends"
                    + " the outer transaction.");
        } else {
            holdExplicit(statement);
        }
    }

    @Override
    protected void end(StatementContext statement, RuleContext rule) {
        if (!inBlock() && !runsInTransaction()) {
            // as Squawk's transaction-nesting: a second COMMIT ends nothing, PostgreSQL only warns
            rule.report(statement, SqlTokens.of(statement).get(0).upper() + " with no transaction open ends"
                    + " nothing: remove it.");
        } else {
            // in a file dbgitops wraps in a transaction, every COMMIT or ROLLBACK ends the wrapper early
            holdExplicit(statement);
        }
    }

    private void holdExplicit(StatementContext statement) {
        explicit.add(statement, 0, "dbgitops already runs this file in a transaction: "
                + SqlTokens.of(statement).get(0).upper() + " here nests in it or ends it early.");
    }

    @Override
    public void endFile(FileContext file, RuleContext rule) {
        if (runsInTransaction()) {
            explicit.report(rule);
        }
    }
}
