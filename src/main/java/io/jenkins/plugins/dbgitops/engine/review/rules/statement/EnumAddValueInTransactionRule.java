package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.HeldFindings;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NonTransactional;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Tokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL refuses to use an enum value in the transaction that added it ("unsafe use of new value"), so a
 * transactional migration that adds a value and then writes it fails at deploy time.
 */
public final class EnumAddValueInTransactionRule implements Rule {
    /** Added value literal (as written, with quotes) to the type that got it. */
    private final Map<String, String> added = new HashMap<>();
    private final HeldFindings uses = new HeldFindings();
    private boolean nonTransactional;

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
                uses.add(statement, token.offset(), "Value " + token.text() + " was added to enum " + type
                        + " in this transaction; PostgreSQL rejects using it before the transaction commits.");
                return;
            }
        }
    }

    @Override
    public void endFile(FileContext file, RuleContext rule) {
        if (!nonTransactional) {
            uses.report(rule);
        }
    }
}
