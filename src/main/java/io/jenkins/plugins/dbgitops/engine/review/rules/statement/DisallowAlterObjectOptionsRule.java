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
 * Changes to how existing objects behave for every client: function, view, database and system options, extensions,
 * sequence values and detached inheritance (our own rule).
 */
public final class DisallowAlterObjectOptionsRule implements Rule {
    @Override
    public void check(StatementContext statement, RuleContext rule) {
        List<Token> tokens = SqlTokens.startingWith(statement, "ALTER");
        if (tokens.size() < 3) {
            return;
        }
        String kind = tokens.get(1).upper();
        boolean changes;
        switch (kind) {
            case "SYSTEM":
            case "EXTENSION":
                changes = true;
                break;
            case "FUNCTION":
            case "PROCEDURE":
            case "ROUTINE":
                changes = !Tokens.contains(tokens, "RENAME") && !Tokens.contains(tokens, "OWNER", "TO")
                        && !Tokens.contains(tokens, "SET", "SCHEMA");
                break;
            case "VIEW":
            case "DATABASE":
                changes = Tokens.contains(tokens, "SET") && !Tokens.contains(tokens, "SET", "SCHEMA")
                        && !Tokens.contains(tokens, "OWNER", "TO") || Tokens.contains(tokens, "RESET");
                break;
            case "SEQUENCE":
                changes = Tokens.contains(tokens, "RESTART") || Tokens.contains(tokens, "INCREMENT")
                        || Tokens.contains(tokens, "MINVALUE") || Tokens.contains(tokens, "MAXVALUE")
                        || Tokens.contains(tokens, "START") || Tokens.contains(tokens, "CYCLE");
                break;
            case "TABLE":
                changes = Tokens.contains(tokens, "NO", "INHERIT");
                break;
            default:
                changes = false;
        }
        if (changes) {
            rule.report(statement, "ALTER " + kind.toLowerCase(Locale.ROOT) + " " + tokens.get(2).text()
                    + " changes its behaviour for every client at once.");
        }
    }
}
