package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import java.util.List;

/** MySQL {@code LOCK TABLES} and {@code FLUSH TABLES ... WITH READ LOCK} in a migration. */
public final class DisallowLockTablesRule implements Rule {
    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (statement.parsed()) {
            return; // JSqlParser 5.4 parses neither LOCK TABLES nor FLUSH
        }
        List<String> tokens = SqlTokens.words(statement);
        if (SqlTokens.matchesAt(tokens, 0, "LOCK", "TABLES") || SqlTokens.matchesAt(tokens, 0, "LOCK", "TABLE")) {
            rule.report(statement, Impact.of("LOCK TABLES locks whole tables", rule));
        } else if (SqlTokens.matchesAt(tokens, 0, "FLUSH") && SqlTokens.contains(tokens, "WITH", "READ", "LOCK")) {
            rule.report(statement, Impact.of("FLUSH TABLES WITH READ LOCK blocks writes", rule));
        }
    }
}
