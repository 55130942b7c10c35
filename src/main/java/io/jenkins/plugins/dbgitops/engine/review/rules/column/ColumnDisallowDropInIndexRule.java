package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NameOffsets;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogIndex;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;

/** Bytebase's {@code column.disallow-drop-in-index}: a column an index covers is not dropped. Reads the catalog. */
public final class ColumnDisallowDropInIndexRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("column.disallow-drop-in-index")
            .title("Do not drop indexed columns")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.ERROR)
            .message("Dropping an indexed column silently drops or shrinks its indexes, and the queries they "
                    + "served slow down.")
            .help("Drop the index explicitly first (and check who used it), then drop the column.")
            .description("Checks ALTER TABLE ... DROP COLUMN against the catalog built from earlier migrations: when"
                    + " the column belongs to an index, primary key or unique constraint, PostgreSQL drops the"
                    + " index with it and MySQL removes the column from the index, changing its meaning. Making the"
                    + " index change explicit keeps it reviewable.")
            .failing("CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);\n"
                    + "CREATE INDEX idx_orders_customer_id ON orders (customer_id);\n"
                    + "ALTER TABLE orders DROP COLUMN customer_id;")
            .passing("CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, note text);\n"
                    + "CREATE INDEX idx_orders_customer_id ON orders (customer_id);\n"
                    + "ALTER TABLE orders DROP COLUMN note;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(Alter.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        statement.ast(Alter.class).ifPresent(alter -> {
            Optional<CatalogTable> table = statement.catalog().table(alter.getTable().getFullyQualifiedName());
            if (table.isEmpty()) {
                return;
            }
            for (AlterExpression expression : Ddl.expressions(alter)) {
                String column = Ddl.droppedColumn(expression);
                if (column != null) {
                    table.get().indexes().stream()
                            .filter(index -> index.columns().stream().anyMatch(column::equalsIgnoreCase))
                            .findFirst()
                            .ifPresent(index -> report(statement, rule, table.get(), column, index));
                }
            }
        });
    }

    private static void report(StatementContext statement, RuleContext rule, CatalogTable table, String column,
            CatalogIndex index) {
        String indexName = index.primaryKey() ? "the primary key" : index.name() == null ? "an unnamed index"
                : "index " + Naming.quote(statement.engine(), index.name());
        rule.report(statement, NameOffsets.columnOffset(statement.text(), table.name(), column), "Column "
                + Naming.quote(statement.engine(), table.name()) + "." + Naming.quote(statement.engine(), column)
                + " is part of " + indexName + " and cannot be dropped.");
    }
}
