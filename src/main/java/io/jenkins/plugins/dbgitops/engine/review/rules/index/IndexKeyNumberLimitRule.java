package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NewIndexRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TableIndexes;

/** Bytebase's {@code index.key-number-limit}: an index covers at most {@code number} columns. */
public final class IndexKeyNumberLimitRule extends NewIndexRule {
    @Override
    protected void check(TableIndexes.NewIndex index, StatementContext statement, RuleContext rule) {
        int limit = rule.config().integer("number");
        if (index.kind() != Ddl.IndexKind.FOREIGN && index.columns().size() > limit) {
            rule.report(statement, TableIndexes.offset(statement, index), "The number of index "
                    + Naming.quote(statement.engine(), index.name().isEmpty() ? "(unnamed)" : index.name())
                    + " in table " + Naming.quote(statement.engine(), index.tableName()) + " should be not greater"
                    + " than " + limit + ", but it has " + index.columns().size() + " columns.");
        }
    }
}
