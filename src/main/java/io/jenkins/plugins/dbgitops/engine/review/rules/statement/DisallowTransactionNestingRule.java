package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
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
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.disallow-transaction-nesting")
            .title("Disallow nested or explicit transactions in transactional files")
            .origin("Squawk: transaction-nesting")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.ERROR)
            .message("BEGIN or COMMIT inside a transaction breaks the migration's all-or-nothing guarantee.")
            .help("Remove BEGIN/COMMIT: dbgitops already runs each file in one transaction (or mark the file -- dbgitops:no-transaction).")
            .description("dbgitops runs each file in its own transaction, together with its history row, unless the"
                    + " file is marked -- dbgitops:no-transaction or contains a statement that cannot run in a"
                    + " transaction. An explicit BEGIN in such a file only draws a warning, but its COMMIT ends"
                    + " dbgitops' transaction early: statements after it are no longer rolled back on failure, and the"
                    + " history no longer matches. A BEGIN inside an explicit transaction block is flagged in every file.")
            .failing("BEGIN;\nALTER TABLE orders ADD COLUMN note text;\nCOMMIT;")
            .passing("ALTER TABLE orders ADD COLUMN note text;")
            .build();

    private final List<StatementContext> explicit = new ArrayList<>();
    private boolean open;
    private boolean nonTransactional;

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

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
