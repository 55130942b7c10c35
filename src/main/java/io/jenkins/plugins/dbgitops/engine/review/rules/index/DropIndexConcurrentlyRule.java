package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DropStatement;

/**
 * Squawk's require-concurrent-index-deletion. An index of a table created in the files under review is exempt; so is
 * one the catalog does not know, only when the catalog is incomplete.
 */
public final class DropIndexConcurrentlyRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("index.drop-concurrently")
            .title("Drop indexes concurrently")
            .origin("Squawk: require-concurrent-index-deletion")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.ERROR)
            .message("DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the table, blocking reads and writes.")
            .help("Use DROP INDEX CONCURRENTLY, in a file with -- dbgitops:no-transaction.")
            .description("A plain DROP INDEX locks the index's table with ACCESS EXCLUSIVE; if a long query holds the"
                    + " table, the drop waits and every later query queues behind it. DROP INDEX CONCURRENTLY waits for"
                    + " running transactions without blocking new ones; it cannot run in a transaction block. Indexes"
                    + " of tables created in the same change are exempt.")
            .failing("DROP INDEX idx_orders_customer;")
            .passing("DROP INDEX CONCURRENTLY IF EXISTS idx_orders_customer;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (statement.engine().isMySqlFamily()) {
            return;
        }
        DropStatement.of(statement).filter(drop -> drop.kind().equals("INDEX") && !drop.concurrently())
                .ifPresent(drop -> {
                    for (String index : drop.names()) {
                        if (!onNewTable(statement, index)) {
                            rule.report(statement, "Dropping index " + index + " without CONCURRENTLY blocks reads"
                                    + " and writes on its table.");
                        }
                    }
                });
    }

    private static boolean onNewTable(StatementContext statement, String index) {
        String name = index.contains(".") ? index.substring(index.lastIndexOf('.') + 1) : index;
        return statement.catalog().tables().stream().filter(CatalogTable::createdInReview)
                .anyMatch(table -> table.indexes().stream().anyMatch(known -> name.equalsIgnoreCase(known.name())));
    }
}
