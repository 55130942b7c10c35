package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NewIndexesRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TableIndexes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Bytebase's {@code index.total-number-limit}: a table has at most {@code number} indexes (primary key and unique
 * constraints included). Counts the catalog's indexes plus the statement's new ones; reported on the statement that
 * crosses the limit.
 */
public final class IndexTotalNumberLimitRule extends NewIndexesRule {
    @Override
    protected void check(List<TableIndexes.NewIndex> created, StatementContext statement, RuleContext rule) {
        Map<String, int[]> added = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (TableIndexes.NewIndex index : created) {
            if (index.kind() != Ddl.IndexKind.FOREIGN) {
                String key = index.table().toLowerCase(Locale.ROOT);
                added.computeIfAbsent(key, table -> new int[1])[0]++;
                names.putIfAbsent(key, index.table());
            }
        }
        int limit = rule.config().integer("number");
        added.forEach((key, count) -> {
            String table = names.get(key);
            int total = TableIndexes.existing(statement, table).size() + count[0];
            if (total > limit) {
                String shortName = Ddl.unquote(table.substring(table.lastIndexOf('.') + 1));
                rule.report(statement, "The count of index in table " + Naming.quote(statement.engine(), shortName)
                        + " should be no more than " + limit + ", but found " + total + ".");
            }
        });
    }
}
