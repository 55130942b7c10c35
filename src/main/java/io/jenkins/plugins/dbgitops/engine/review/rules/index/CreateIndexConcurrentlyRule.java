package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ParsedRule;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.index.CreateIndex;

/**
 * Bytebase's {@code index.create-concurrently} (Squawk: require-concurrent-index-creation). An index on a table
 * created earlier in the same change is exempt: that table is still empty when the change deploys.
 */
public final class CreateIndexConcurrentlyRule extends ParsedRule {
    public CreateIndexConcurrentlyRule() {
        super(List.of(CreateIndex.class));
    }

    @Override
    protected void check(Statement ast, StatementContext statement, RuleContext rule) {
        if (ast instanceof CreateIndex create && !create.isConcurrently() && !createdInThisChange(statement, create)) {
            rule.report(statement);
        }
    }

    private static boolean createdInThisChange(StatementContext statement, CreateIndex create) {
        return statement.catalog().table(create.getTable().getFullyQualifiedName())
                .map(CatalogTable::createdInReview).orElse(false);
    }
}
