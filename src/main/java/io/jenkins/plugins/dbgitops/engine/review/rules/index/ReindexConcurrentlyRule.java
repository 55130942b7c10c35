package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Tokens;

/** Squawk's require-concurrent-reindex. JSqlParser 5.4 cannot parse REINDEX; it is read token-wise. */
public final class ReindexConcurrentlyRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("index.reindex-concurrently")
            .title("Reindex concurrently")
            .origin("Squawk: require-concurrent-reindex")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.ERROR)
            .message("REINDEX without CONCURRENTLY blocks writes to the table, and reads that use the index, until it finishes.")
            .help("Use REINDEX ... CONCURRENTLY (PostgreSQL 12+), in a file with -- dbgitops:no-transaction.")
            .description("A plain REINDEX takes a SHARE lock on the table (blocking inserts, updates and deletes) and an"
                    + " ACCESS EXCLUSIVE lock on each index being rebuilt (blocking queries that would use it) for the"
                    + " whole rebuild. REINDEX CONCURRENTLY builds a replacement index without blocking and swaps it in;"
                    + " it cannot run in a transaction block.")
            .failing("REINDEX INDEX idx_orders_customer;")
            .passing("REINDEX INDEX CONCURRENTLY idx_orders_customer;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        // REINDEX SYSTEM cannot run concurrently: there is nothing to ask for (as Squawk's require-concurrent-reindex)
        if (SqlTokens.startsWith(statement, "REINDEX") && !SqlTokens.startsWith(statement, "REINDEX", "SYSTEM")
                && !Tokens.contains(SqlTokens.of(statement), "CONCURRENTLY")) {
            rule.report(statement);
        }
    }
}
