package io.jenkins.plugins.dbgitops.engine.review.rules.security;

import net.sf.jsqlparser.statement.Statement;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTypes;
import java.util.List;
import net.sf.jsqlparser.statement.create.function.CreateFunction;
import net.sf.jsqlparser.statement.create.procedure.CreateProcedure;

/**
 * PostgreSQL {@code SECURITY DEFINER} functions and procedures must fix {@code search_path} in their definition
 * ({@code SET search_path = ...}); the dollar-quoted body is blanked in the normalised text, so only the header counts.
 */
public final class SecurityDefinerSearchPathRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("security.security-definer-search-path")
            .title("SECURITY DEFINER functions must set search_path")
            .origin("dbgitops")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.ERROR)
            .message("A SECURITY DEFINER function without a fixed search_path runs with its owner's privileges but"
                    + " resolves names in schemas the caller controls, so any caller can hijack it.")
            .help("Add SET search_path = pg_catalog, pg_temp (or your schema, then pg_temp) to the function"
                    + " definition.")
            .description("Reports CREATE FUNCTION/PROCEDURE and ALTER FUNCTION/PROCEDURE with SECURITY DEFINER and"
                    + " no SET search_path clause. The caller can create a table, function or operator of the same"
                    + " name in a schema that comes first in their search_path and have the privileged function"
                    + " call it (PostgreSQL documentation, Writing SECURITY DEFINER Functions Safely).")
            .failing("CREATE FUNCTION check_password(uname text, pass text) RETURNS boolean LANGUAGE sql"
                    + " SECURITY DEFINER AS 'SELECT true';")
            .passing("CREATE FUNCTION check_password(uname text, pass text) RETURNS boolean LANGUAGE sql"
                    + " SECURITY DEFINER SET search_path = admin, pg_temp AS 'SELECT true';")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(CreateFunction.class, CreateProcedure.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (!StatementTypes.mayBe(statement, CreateFunction.class, CreateProcedure.class)) {
            return;
        }
        List<String> tokens = SqlTokens.words(statement);
        int kind = tokens.indexOf("FUNCTION") >= 0 ? tokens.indexOf("FUNCTION") : tokens.indexOf("PROCEDURE");
        boolean routine = kind > 0 && (tokens.get(0).equals("CREATE") || tokens.get(0).equals("ALTER"));
        if (routine && SqlTokens.contains(tokens, "SECURITY", "DEFINER") && !SqlTokens.contains(tokens, "SET",
                "SEARCH_PATH")) {
            String name = kind + 1 < tokens.size() ? tokens.get(kind + 1).toLowerCase(java.util.Locale.ROOT) : "";
            rule.report(statement, Impact.of("SECURITY DEFINER " + tokens.get(kind).toLowerCase(java.util.Locale.ROOT)
                    + " " + name + " has no fixed search_path", DEFINITION));
        }
    }
}
