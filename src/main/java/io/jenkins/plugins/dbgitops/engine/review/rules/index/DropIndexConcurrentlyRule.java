package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DropRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DropStatement;

/**
 * Squawk's require-concurrent-index-deletion. An index of a table created in the files under review is exempt; so is
 * one the catalog does not know, only when the catalog is incomplete.
 */
public final class DropIndexConcurrentlyRule extends DropRule {
    @Override
    protected void check(DropStatement drop, StatementContext statement, RuleContext rule) {
        if (statement.engine().isMySqlFamily() || !drop.kind().equals("INDEX") || drop.concurrently()) {
            return;
        }
        for (String index : drop.names()) {
            if (!onNewTable(statement, index)) {
                rule.report(statement, "Dropping index " + index + " without CONCURRENTLY blocks reads"
                        + " and writes on its table.");
            }
        }
    }

    private static boolean onNewTable(StatementContext statement, String index) {
        String name = index.contains(".") ? index.substring(index.lastIndexOf('.') + 1) : index;
        return statement.catalog().tables().stream().filter(CatalogTable::createdInReview)
                .anyMatch(table -> table.indexes().stream().anyMatch(known -> name.equalsIgnoreCase(known.name())));
    }
}
