package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Tokens;
import java.util.List;
import java.util.Locale;

/** Replacing a view or function in place (our own rule). */
public final class DisallowReplaceViewFunctionRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.disallow-replace-view-function")
            .optIn()
            .title("Disallow replacing views and functions in place")
            .origin("dbgitops")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.WARNING)
            .message("CREATE OR REPLACE changes a view or function that running clients use, all at once.")
            .help("Create a new version under a new name, move clients to it, then drop the old one.")
            .description("An application compatibility check (opt-in in Squawk): CREATE OR REPLACE VIEW, FUNCTION,"
                    + " PROCEDURE or TRIGGER swaps the definition under every running client at the moment the"
                    + " migration commits; a rolled-back application then runs against the new logic. Versioned names"
                    + " keep old and new side by side. Objects created earlier in the same change are not exempt,"
                    + " because the catalog does not track views and functions.")
            .failing("CREATE OR REPLACE VIEW active_customers AS SELECT id, email FROM customers;")
            .passing("CREATE VIEW active_customers_v2 AS SELECT id, email FROM customers;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

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
