package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Tokens;
import java.util.List;
import java.util.Locale;

/**
 * Renaming or moving any object other than a table or column (those have their own rules, after Squawk's
 * renaming-table and renaming-column), and moving a table to another schema (our own rule).
 */
public final class DisallowRenameObjectRule implements Rule {
    @Override
    public void check(StatementContext statement, RuleContext rule) {
        List<Token> tokens = SqlTokens.startingWith(statement, "ALTER");
        if (tokens.isEmpty()) {
            return;
        }
        boolean table = Tokens.startsWith(tokens, 1, "TABLE");
        int setSchema = Tokens.find(tokens, 2, "SET", "SCHEMA");
        int rename = Tokens.find(tokens, 2, "RENAME");
        if (setSchema > 0) {
            rule.report(statement, tokens.get(setSchema).offset(), "Moving " + tokens.get(1).text().toLowerCase(Locale.ROOT)
                    + " to another schema breaks every client that uses its old qualified name.");
        } else if (rename > 0 && (!table || Tokens.startsWith(tokens, rename + 1, "CONSTRAINT"))) {
            rule.report(statement, tokens.get(rename).offset(), "Renaming " + tokens.get(1).text().toLowerCase(Locale.ROOT)
                    + " breaks every client that uses its old name.");
        }
    }
}
