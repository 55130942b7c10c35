package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.IndexMethods;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NewIndexRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TableIndexes;
import java.util.List;
import java.util.Locale;

/**
 * Bytebase's {@code index.type-allow-list}: index methods come from a list. The method is the {@code USING} clause
 * (PostgreSQL's access method, MySQL's BTREE or HASH), MySQL's FULLTEXT or SPATIAL kind, or BTREE when none is named.
 */
public final class IndexTypeAllowListRule extends NewIndexRule {
    @Override
    protected void check(TableIndexes.NewIndex index, StatementContext statement, RuleContext rule) {
        if (index.kind() == Ddl.IndexKind.FOREIGN || index.index() == null) {
            return;
        }
        String type = IndexMethods.of(statement, index.index());
        List<String> allowed = rule.config().stringList("list").stream()
                .map(allowedType -> allowedType.toUpperCase(Locale.ROOT)).toList();
        if (!allowed.contains(type)) {
            rule.report(statement, TableIndexes.offset(statement, index), "Index type "
                    + Naming.quote(statement.engine(), type) + " of index " + Naming.quote(statement.engine(),
                    index.name().isEmpty() ? "(unnamed)" : index.name()) + " is not allowed, only "
                    + String.join(", ", allowed) + ".");
        }
    }
}
