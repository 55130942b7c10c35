package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogTable;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.index.CreateIndex;

/**
 * Bytebase's {@code index.create-concurrently} (Squawk: require-concurrent-index-creation). An index on a table
 * created earlier in the same change is exempt: that table is still empty when the change deploys.
 */
public final class CreateIndexConcurrentlyRule implements Rule {
    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(CreateIndex.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        statement.ast(CreateIndex.class)
                .filter(create -> !create.isConcurrently())
                .filter(create -> !createdInThisChange(statement, create))
                .ifPresent(create -> rule.report(statement));
    }

    private static boolean createdInThisChange(StatementContext statement, CreateIndex create) {
        return statement.catalog().table(create.getTable().getFullyQualifiedName())
                .map(CatalogTable::createdInReview).orElse(false);
    }
}
