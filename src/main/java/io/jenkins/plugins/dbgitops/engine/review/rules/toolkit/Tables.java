package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogTable;

/** Catalog questions lock-safety rules ask. */
public final class Tables {
    private Tables() {
    }

    /**
     * Whether a file under review created the table before this statement: such a table is empty and unused when
     * the change deploys, so locks and rewrites on it cost nothing.
     */
    public static boolean createdInReview(StatementContext statement, String table) {
        return statement.catalog().table(table).map(CatalogTable::createdInReview).orElse(false);
    }
}
