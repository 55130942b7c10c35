package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogIndex;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NewIndexesRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TableIndexes;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytebase's {@code index.not-redundant}: a plain index whose columns are the leftmost prefix of another index of
 * the table is redundant, since the longer index serves the same lookups. Unique indexes are never redundant: they
 * enforce something. Exact duplicates are {@code table.no-duplicate-index}'s business.
 */
public final class IndexNotRedundantRule extends NewIndexesRule {
    @Override
    protected void check(List<TableIndexes.NewIndex> created, StatementContext statement, RuleContext rule) {
        List<TableIndexes.NewIndex> indexes = created.stream()
                .filter(index -> index.kind() != Ddl.IndexKind.FOREIGN).toList();
        List<TableIndexes.NewIndex> seen = new ArrayList<>();
        for (TableIndexes.NewIndex index : indexes) {
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
