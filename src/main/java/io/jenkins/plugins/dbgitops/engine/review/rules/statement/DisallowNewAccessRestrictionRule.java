package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Tokens;
import java.util.List;

/**
 * Statements that can take away access the running application has: REVOKE, row-level security policies and role
 * options (our own rule). The security rules flag the opposite, access that is widened.
 */
public final class DisallowNewAccessRestrictionRule implements Rule {
    @Override
    public void check(StatementContext statement, RuleContext rule) {
        String first = SqlTokens.firstWord(statement);
        if (!first.equals("REVOKE") && !first.equals("CREATE") && !first.equals("ALTER")) {
            return; // one look-up instead of seven keyword tries on every SELECT and INSERT
        }
        if (SqlTokens.startsWith(statement, "REVOKE")) {
            rule.report(statement, "REVOKE can take away privileges the running application relies on.");
        } else if (SqlTokens.startsWith(statement, "CREATE", "POLICY") || SqlTokens.startsWith(statement, "ALTER", "POLICY")) {
            rule.report(statement, "A new or changed row-level security policy can hide rows from, or reject writes by, the running application.");
        } else if (SqlTokens.startsWith(statement, "ALTER", "ROLE") || SqlTokens.startsWith(statement, "ALTER", "USER")) {
            List<Token> tokens = SqlTokens.of(statement);
            if (Tokens.contains(tokens, "NOLOGIN") || Tokens.contains(tokens, "CONNECTION", "LIMIT")
                    || Tokens.contains(tokens, "VALID", "UNTIL")) {
                rule.report(statement, "Changing a role's login options can lock the running application out.");
            }
        } else if (SqlTokens.startsWith(statement, "ALTER", "TABLE")) {
            List<Token> tokens = SqlTokens.of(statement);
            int rls = Tokens.find(tokens, 3, "ROW", "LEVEL", "SECURITY");
            if (rls > 0 && (tokens.get(rls - 1).is("ENABLE") || tokens.get(rls - 1).is("FORCE"))) {
                rule.report(statement, tokens.get(rls - 1).offset(), "Enabling row-level security hides every row"
                        + " that no policy grants, from the running application too.");
            }
        }
    }
}
