package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Tokens;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.refresh.RefreshMaterializedViewStatement;

/** A plain REFRESH MATERIALIZED VIEW locks out every reader of the view until it finishes. */
public final class RefreshMaterializedViewConcurrentlyRule implements Rule {
    /** REFRESH MATERIALIZED VIEW, parsed or not. */
    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(RefreshMaterializedViewStatement.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        List<Token> tokens = SqlTokens.startingWith(statement, "REFRESH", "MATERIALIZED", "VIEW");
        if (tokens.isEmpty()) {
            return;
        }
        if (!Tokens.startsWith(tokens, 3, "CONCURRENTLY") && !Tokens.contains(tokens, "WITH", "NO", "DATA")) {
            rule.report(statement, "Refreshing " + Tokens.name(tokens, 3, Tokens.skipName(tokens, 3))
                    + " without CONCURRENTLY blocks every query on it until the refresh ends.");
        }
    }
}
