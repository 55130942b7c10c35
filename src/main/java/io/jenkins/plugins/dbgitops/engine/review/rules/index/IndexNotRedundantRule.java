package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogIndex;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TableIndexes;
import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;

/**
 * Bytebase's {@code index.not-redundant}: a plain index whose columns are the leftmost prefix of another index of
 * the table is redundant, since the longer index serves the same lookups. Unique indexes are never redundant: they
 * enforce something. Exact duplicates are {@code table.no-duplicate-index}'s business.
 */
public final class IndexNotRedundantRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("index.not-redundant")
            .title("No redundant indexes")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.WARNING)
            .message("An index that is a leftmost prefix of another index is redundant: it slows writes and "
                    + "helps no query.")
            .help("Drop the shorter index; the longer one serves the same lookups.")
            .description("Compares each index a statement creates with the table's other indexes (from the same"
                    + " statement and from the catalog of earlier migrations) and reports a plain index whose"
                    + " columns are the leftmost prefix of another one, in either direction: a new (a) next to an"
                    + " existing (a, b), or a new (a, b) that makes an existing plain (a) redundant.")
            .failing("CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, placed_at date);\n"
                    + "CREATE INDEX idx_orders_customer_id_placed_at ON orders (customer_id, placed_at);\n"
                    + "CREATE INDEX idx_orders_customer_id ON orders (customer_id);")
            .passing("CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, placed_at date);\n"
                    + "CREATE INDEX idx_orders_customer_id_placed_at ON orders (customer_id, placed_at);\n"
                    + "CREATE INDEX idx_orders_placed_at ON orders (placed_at);")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return TableIndexes.STATEMENT_TYPES;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (statement.ast().isEmpty()) {
            return;
        }
        List<TableIndexes.NewIndex> created = TableIndexes.created(statement).stream()
                .filter(index -> index.kind() != Ddl.IndexKind.FOREIGN).toList();
        List<TableIndexes.NewIndex> seen = new ArrayList<>();
        for (TableIndexes.NewIndex index : created) {
            boolean plain = index.kind() == Ddl.IndexKind.PLAIN;
            for (TableIndexes.NewIndex other : seen) {
                if (!other.table().equalsIgnoreCase(index.table())) {
                    continue;
                }
                if (plain && TableIndexes.strictPrefix(index.columns(), other.columns())
                        || other.kind() == Ddl.IndexKind.PLAIN && TableIndexes.strictPrefix(other.columns(), index.columns())) {
                    report(statement, rule, index, other.name());
                }
            }
            for (CatalogIndex other : TableIndexes.existing(statement, index.table())) {
                boolean otherPlain = !other.unique() && !other.primaryKey();
                if (plain && TableIndexes.strictPrefix(index.columns(), other.columns())
                        || otherPlain && TableIndexes.strictPrefix(other.columns(), index.columns())) {
                    report(statement, rule, index, other.primaryKey() ? "PRIMARY" : String.valueOf(other.name()));
                }
            }
            seen.add(index);
        }
    }

    private static void report(StatementContext statement, RuleContext rule, TableIndexes.NewIndex index, String other) {
        rule.report(statement, TableIndexes.offset(statement, index), "Redundant indexes with the same"
                + " prefix (" + Naming.quote(statement.engine(), index.name().isEmpty() ? "(unnamed)" : index.name())
                + " and " + Naming.quote(statement.engine(), other.isEmpty() ? "(unnamed)" : other) + ") in "
                + Naming.quote(statement.engine(), index.tableName()) + " are not allowed.");
    }
}
