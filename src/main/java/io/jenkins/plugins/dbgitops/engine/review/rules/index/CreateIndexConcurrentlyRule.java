package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
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
    static final RuleDefinition DEFINITION = RuleDefinition.builder("index.create-concurrently")
            .title("Create indexes concurrently")
            .origin("Bytebase; Squawk: require-concurrent-index-creation")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.ERROR)
            .message("CREATE INDEX without CONCURRENTLY blocks every write to the table until the index is built.")
            .help("Use CREATE INDEX CONCURRENTLY, in a file with -- dbgitops:no-transaction.")
            .description("A plain CREATE INDEX takes a SHARE lock: inserts, updates and deletes wait until the whole"
                    + " table has been read and sorted, minutes on a large table. CREATE INDEX CONCURRENTLY builds the"
                    + " index without blocking writes; it cannot run inside a transaction, which dbgitops detects."
                    + " Tables created in the same change are exempt.")
            .failing("CREATE INDEX idx_orders_customer ON orders (customer_id);")
            .passing("CREATE INDEX CONCURRENTLY idx_orders_customer ON orders (customer_id);")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

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
