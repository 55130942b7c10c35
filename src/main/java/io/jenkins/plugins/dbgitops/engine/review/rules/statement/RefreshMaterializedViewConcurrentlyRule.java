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
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.refresh.RefreshMaterializedViewStatement;

/** A plain REFRESH MATERIALIZED VIEW locks out every reader of the view until it finishes. */
public final class RefreshMaterializedViewConcurrentlyRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.refresh-materialized-view-concurrently")
            .title("Refresh materialized views concurrently")
            .origin("dbgitops")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.WARNING)
            .message("REFRESH MATERIALIZED VIEW without CONCURRENTLY blocks every query on the view until the refresh ends.")
            .help("Use REFRESH MATERIALIZED VIEW CONCURRENTLY, which needs a unique index on the view.")
            .description("A plain refresh takes an ACCESS EXCLUSIVE lock on the materialized view and recomputes it,"
                    + " so every reader waits for the whole query behind it. CONCURRENTLY computes the new contents"
                    + " beside the old ones and applies the difference under an EXCLUSIVE lock that lets reads go on;"
                    + " it requires a unique index on the view. WITH NO DATA, which empties the view, is accepted.")
            .failing("REFRESH MATERIALIZED VIEW sales_summary;")
            .passing("REFRESH MATERIALIZED VIEW CONCURRENTLY sales_summary;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    /** REFRESH MATERIALIZED VIEW, parsed or not. */
    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(RefreshMaterializedViewStatement.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (!SqlTokens.startsWith(statement, "REFRESH", "MATERIALIZED", "VIEW")) {
            return;
        }
        List<Token> tokens = SqlTokens.of(statement);
        if (!Tokens.startsWith(tokens, 3, "CONCURRENTLY") && !Tokens.contains(tokens, "WITH", "NO", "DATA")) {
            rule.report(statement, "Refreshing " + Tokens.name(tokens, 3, Tokens.skipName(tokens, 3))
                    + " without CONCURRENTLY blocks every query on it until the refresh ends.");
        }
    }
}
