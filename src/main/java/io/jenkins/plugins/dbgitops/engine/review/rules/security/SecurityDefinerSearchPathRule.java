package io.jenkins.plugins.dbgitops.engine.review.rules.security;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TokenRule;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.statement.create.function.CreateFunction;
import net.sf.jsqlparser.statement.create.procedure.CreateProcedure;

/**
 * PostgreSQL {@code SECURITY DEFINER} functions and procedures must fix {@code search_path} in their definition
 * ({@code SET search_path = ...}); the dollar-quoted body is blanked in the normalised text, so only the header counts.
 */
public final class SecurityDefinerSearchPathRule extends TokenRule {
    public SecurityDefinerSearchPathRule() {
        super(CreateFunction.class, CreateProcedure.class);
    }

    @Override
    protected void check(List<String> tokens, StatementContext statement, RuleContext rule) {
        int kind = tokens.indexOf("FUNCTION") >= 0 ? tokens.indexOf("FUNCTION") : tokens.indexOf("PROCEDURE");
        boolean routine = kind > 0 && (tokens.get(0).equals("CREATE") || tokens.get(0).equals("ALTER"));
        if (routine && SqlTokens.contains(tokens, "SECURITY", "DEFINER") && !SqlTokens.contains(tokens, "SET",
                "SEARCH_PATH")) {
            String name = kind + 1 < tokens.size() ? tokens.get(kind + 1).toLowerCase(Locale.ROOT) : "";
            rule.report(statement, Impact.of("SECURITY DEFINER " + tokens.get(kind).toLowerCase(Locale.ROOT)
                    + " " + name + " has no fixed search_path", rule));
        }
    }
}
