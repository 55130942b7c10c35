package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;

/** Squawk's prefer-repack, for CLUSTER; JSqlParser 5.4 cannot parse CLUSTER, so it is read token-wise. */
public final class DisallowClusterRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("table.disallow-cluster")
            .title("Disallow CLUSTER")
            .origin("Squawk: prefer-repack")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.ERROR)
            .message("CLUSTER rewrites the table in index order under an ACCESS EXCLUSIVE lock, blocking reads and writes.")
            .help("Use REPACK (CONCURRENTLY) ... USING INDEX on PostgreSQL 19+, or pg_repack with --order-by.")
            .description("CLUSTER sorts and rewrites the whole table and rebuilds its indexes while holding an ACCESS"
                    + " EXCLUSIVE lock, so the table is unusable for the duration. REPACK (CONCURRENTLY) ... USING INDEX"
                    + " in PostgreSQL 19 or the pg_repack extension achieve the same order without the long lock.")
            .failing("CLUSTER orders USING orders_pkey;")
            .passing("ANALYZE orders;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (SqlTokens.startsWith(statement, "CLUSTER")) {
            rule.report(statement);
        }
    }
}
