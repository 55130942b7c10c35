package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NameOffsets;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
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
