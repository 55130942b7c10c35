package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Tokens;
import java.util.List;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NonTransactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

/**
 * PostgreSQL refuses to use an enum value in the transaction that added it ("unsafe use of new value"), so a
 * transactional migration that adds a value and then writes it fails at deploy time.
 */
public final class EnumAddValueInTransactionRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.enum-add-value-in-transaction")
            .title("Do not use a new enum value in the transaction that adds it")
            .origin("dbgitops")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.ERROR)
            .message("An enum value added by ALTER TYPE ... ADD VALUE cannot be used before its transaction commits.")
            .help("Add the value in one migration file and use it (in defaults, data fixes or checks) in a later file.")
            .description("Since PostgreSQL 12, ALTER TYPE ... ADD VALUE may run inside a transaction, but the new value"
                    + " cannot be used until that transaction commits: any statement using it fails with 'unsafe use of"
                    + " new value'. dbgitops runs each file in one transaction, so a file that adds a value and then"
                    + " inserts, updates or defaults to it fails when deployed. Files that run without a transaction"
                    + " pass. (Before PostgreSQL 12, ADD VALUE could not run in a transaction at all.)")
            .failing("ALTER TYPE order_status ADD VALUE 'refunded' AFTER 'paid';\n"
                    + "UPDATE orders SET status = 'refunded' WHERE refund_id IS NOT NULL;")
            .passing("ALTER TYPE order_status ADD VALUE 'refunded' AFTER 'paid';")
            .build();

    /** Added value literal (as written, with quotes) to the type that got it. */
    private final Map<String, String> added = new HashMap<>();
    private final List<Use> uses = new ArrayList<>();
    private boolean nonTransactional;

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void startFile(FileContext file, RuleContext rule) {
        added.clear();
        uses.clear();
        nonTransactional = NonTransactional.declared(file);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (nonTransactional) {
            return;
        }
        if (SqlTokens.startsWith(statement, "ALTER", "TYPE")) {
            List<Token> tokens = SqlTokens.of(statement);
            int add = Tokens.find(tokens, 3, "ADD", "VALUE");
            int value = Tokens.skipIfExists(tokens, add + 2);
            if (add > 0 && value < tokens.size() && tokens.get(value).kind() == Token.Kind.STRING) {
                added.put(tokens.get(value).text(), tokens.get(2).text());
            }
            return;
        }
        if (added.isEmpty()) {
            return;
        }
        if (NonTransactional.is(statement)) {
            nonTransactional = true; // dbgitops runs this file without a transaction after all
            return;
        }
        for (Token token : SqlTokens.of(statement)) {
            String type = token.kind() == Token.Kind.STRING ? added.get(token.text()) : null;
            if (type != null) {
                uses.add(new Use(statement, token.offset(), "Value " + token.text() + " was added to enum " + type
                        + " in this transaction; PostgreSQL rejects using it before the transaction commits."));
                return;
            }
        }
    }

    @Override
    public void endFile(FileContext file, RuleContext rule) {
        if (!nonTransactional) {
            uses.forEach(use -> rule.report(use.statement(), use.offset(), use.message()));
        }
    }

    private record Use(StatementContext statement, int offset, String message) {
    }
}
