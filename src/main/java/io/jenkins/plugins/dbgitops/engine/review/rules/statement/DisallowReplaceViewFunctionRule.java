package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Tokens;
import java.util.List;
import java.util.Locale;

/** Replacing a view or function in place (our own rule). */
public final class DisallowReplaceViewFunctionRule implements Rule {
    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (SqlTokens.startsWith(statement, "CREATE", "OR", "REPLACE")) {
            List<Token> tokens = SqlTokens.of(statement);
            int kind = Tokens.startsWith(tokens, 3, "MATERIALIZED") || Tokens.startsWith(tokens, 3, "RECURSIVE") ? 4 : 3;
            if (tokens.size() > kind + 1) {
                rule.report(statement, "CREATE OR REPLACE " + tokens.get(kind).text().toUpperCase(Locale.ROOT) + " "
                        + tokens.get(kind + 1).text() + " changes it under every running client at once.");
            }
        }
    }
}
