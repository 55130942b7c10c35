package io.jenkins.plugins.dbgitops.engine.review.rules.security;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TokenRule;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Set;
import net.sf.jsqlparser.statement.create.function.CreateFunction;
import net.sf.jsqlparser.statement.create.procedure.CreateProcedure;

/**
 * Native or untrusted code loaded by a migration: MySQL INSTALL PLUGIN/COMPONENT and {@code CREATE FUNCTION ...
 * SONAME}; PostgreSQL {@code LANGUAGE C}/{@code internal} or an untrusted procedural language (plpython3u, plperlu,
 * ...), CREATE LANGUAGE and LOAD.
 */
public final class DisallowNativeCodeRule extends TokenRule {
    private static final Set<String> UNTRUSTED = Set.of("C", "INTERNAL", "PLPYTHONU", "PLPYTHON2U", "PLPYTHON3U",
            "PLPERLU", "PLTCLU", "PLSH", "PLJAVAU", "PLRUSTU");

    private static final Set<String> LANGUAGE_PREFIX = Set.of("CREATE", "OR", "REPLACE", "TRUSTED", "PROCEDURAL");

    public DisallowNativeCodeRule() {
        super(CreateFunction.class, CreateProcedure.class);
    }

    @Override
    protected void check(List<String> tokens, StatementContext statement, RuleContext rule) {
        if (tokens.isEmpty()) {
            return;
        }
        boolean routine = tokens.get(0).equals("CREATE")
                && (tokens.contains("FUNCTION") || tokens.contains("PROCEDURE"));
        int language = tokens.indexOf("LANGUAGE");
        if (statement.engine().isMySqlFamily() && (SqlTokens.matchesAt(tokens, 0, "INSTALL", "PLUGIN")
                || SqlTokens.matchesAt(tokens, 0, "INSTALL", "COMPONENT"))) {
            rule.report(statement, Impact.of("INSTALL " + tokens.get(1) + " loads native code", rule));
        } else if (statement.engine().isMySqlFamily() && routine && tokens.contains("SONAME")) {
            rule.report(statement, Impact.of("CREATE FUNCTION ... SONAME loads a native library", rule));
        } else if (statement.engine() == SqlEngine.POSTGRESQL) {
            if (routine && language > 0 && language + 1 < tokens.size()
                    && UNTRUSTED.contains(tokens.get(language + 1))) {
                rule.report(statement, Impact.of("The routine is written in LANGUAGE " + tokens.get(language + 1),
                        rule));
            } else if (tokens.get(0).equals("LOAD") || createsLanguage(tokens, language)) {
                rule.report(statement, Impact.of(tokens.get(0) + " loads a language or library", rule));
            }
        }
    }

    /** {@code CREATE [OR REPLACE] [TRUSTED] [PROCEDURAL] LANGUAGE name}. */
    private static boolean createsLanguage(List<String> tokens, int language) {
        return language > 0 && tokens.subList(0, language).stream().allMatch(LANGUAGE_PREFIX::contains);
    }
}
