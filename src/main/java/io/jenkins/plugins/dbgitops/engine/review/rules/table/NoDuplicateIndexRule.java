package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogIndex;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.IndexMethods;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NewIndexesRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TableIndexes;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytebase's {@code table.no-duplicate-index}: no two indexes of a table cover the same columns in the same order.
 * Compares the statement's new indexes with each other and with the catalog's.
 */
public final class NoDuplicateIndexRule extends NewIndexesRule {
    @Override
    protected void check(List<TableIndexes.NewIndex> created, StatementContext statement, RuleContext rule) {
        List<TableIndexes.NewIndex> seen = new ArrayList<>();
        for (TableIndexes.NewIndex index : created) {
            if (index.kind() == Ddl.IndexKind.FOREIGN || index.columns().isEmpty()) {
                continue;
            }
            boolean unique = index.kind() != Ddl.IndexKind.PLAIN;
            String duplicate = seen.stream().filter(other -> other.table().equalsIgnoreCase(index.table()))
                    .filter(other -> (other.kind() != Ddl.IndexKind.PLAIN) == unique)
                    .filter(other -> method(statement, other).equals(method(statement, index)))
                    .filter(other -> TableIndexes.sameColumns(other.columns(), index.columns()))
                    .map(TableIndexes.NewIndex::name).findFirst()
                    .orElseGet(() -> !method(statement, index).equals("BTREE") ? null // the catalog has no methods
                            : TableIndexes.existing(statement, index.table()).stream()
                            .filter(other -> (other.unique() || other.primaryKey()) == unique)
                            .filter(other -> TableIndexes.sameColumns(other.columns(), index.columns()))
                            .map(NoDuplicateIndexRule::label).findFirst().orElse(null));
            if (duplicate != null) {
                rule.report(statement, TableIndexes.offset(statement, index),
                        Naming.quote(statement.engine(), index.tableName()) + " has duplicate index "
                                + Naming.quote(statement.engine(), index.name()) + ": it covers the same columns ("
                                + String.join(", ", index.columns()) + ") as " + describe(statement, duplicate) + ".");
            }
            seen.add(index);
        }
    }

    /** The index method (USING), BTREE when none is given; catalog indexes are compared without it. */
    private static String method(StatementContext statement, TableIndexes.NewIndex index) {
        return index.index() == null ? "BTREE" : IndexMethods.of(statement, index.index());
    }

    private static String label(CatalogIndex index) {
        return index.primaryKey() ? "PRIMARY" : index.name() == null ? "" : index.name();
    }

    private static String describe(StatementContext statement, String name) {
        return name.isEmpty() ? "(unnamed)" : Naming.quote(statement.engine(), name);
    }
}
