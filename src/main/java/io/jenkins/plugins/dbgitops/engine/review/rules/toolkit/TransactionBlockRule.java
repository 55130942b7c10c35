package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;

/**
 * The family of rules that follow how a file's statements run in transactions: its explicit blocks (BEGIN ... COMMIT
 * or ROLLBACK, as {@link TransactionControl} reads them) and whether dbgitops wraps the whole file in one (not when
 * the file says {@code -- dbgitops:no-transaction} or holds a statement that cannot run in a transaction). The base
 * follows both; the rule is handed each BEGIN, each COMMIT or ROLLBACK and each other statement, and sees the state
 * as it was before that statement.
 */
public abstract class TransactionBlockRule implements Rule {
    /** The BEGIN that opened the current block; null outside one. */
    private StatementContext openedBy;
    private boolean wrapped;

    @Override
    public final void startFile(FileContext file, RuleContext rule) {
        openedBy = null;
        wrapped = !NonTransactional.declared(file);
        start(file, rule);
    }

    @Override
    public final void check(StatementContext statement, RuleContext rule) {
        switch (TransactionControl.of(statement)) {
            case BEGIN -> {
                begin(statement, rule);
                if (openedBy == null) {
                    openedBy = statement; // a nested BEGIN opens nothing new
                }
            }
            case END -> {
                end(statement, rule);
                openedBy = null;
            }
            default -> {
                statementInFile(statement, rule);
                wrapped = wrapped && !NonTransactional.is(statement);
            }
        }
    }

    /** Called before the first statement of each file. */
    protected void start(FileContext file, RuleContext rule) {
    }

    /** A BEGIN; {@link #inBlock} tells whether a block was open already. */
    protected void begin(StatementContext statement, RuleContext rule) {
    }

    /** A COMMIT or ROLLBACK; {@link #inBlock} tells whether it ends an open block. */
    protected void end(StatementContext statement, RuleContext rule) {
    }

    /** Any statement other than BEGIN, COMMIT and ROLLBACK. */
    protected void statementInFile(StatementContext statement, RuleContext rule) {
    }

    /** Whether an explicit BEGIN ... COMMIT block is open. */
    protected final boolean inBlock() {
        return openedBy != null;
    }

    /** The BEGIN that opened the current block; null outside one. */
    protected final StatementContext openedBy() {
        return openedBy;
    }

    /** Whether dbgitops runs the file in a transaction, as far as the statements so far tell. */
    protected final boolean runsInTransaction() {
        return wrapped;
    }
}
