package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TransactionControl;

/** Squawk's ban-uncommitted-transaction. */
public final class DisallowUncommittedTransactionRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.disallow-uncommitted-transaction")
            .title("Disallow transactions left open at the end of a file")
            .origin("Squawk: ban-uncommitted-transaction")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.ERROR)
            .message("A BEGIN without a matching COMMIT leaves the transaction open at the end of the file.")
            .help("End every explicit transaction with COMMIT in the same file, or remove the BEGIN.")
            .description("A file that opens a transaction and never commits it leaves the outcome to whatever runs"
                    + " next: the connection may be closed (rolling everything back), or the next file's statements"
                    + " join the open transaction and its locks are held far longer than intended.")
            .failing("BEGIN;\nALTER TABLE orders ADD COLUMN note text;")
            .passing("BEGIN;\nALTER TABLE orders ADD COLUMN note text;\nCOMMIT;")
            .build();

    private StatementContext openedBy;

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

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
