package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;

/** The family of rules that judge each index, key or constraint a parsed statement creates on its own. */
public abstract class NewIndexRule extends NewIndexesRule {
    @Override
    protected final void check(List<TableIndexes.NewIndex> created, StatementContext statement, RuleContext rule) {
        for (TableIndexes.NewIndex index : created) {
            check(index, statement, rule);
        }
    }

    /** Checks one index the statement creates. */
    protected abstract void check(TableIndexes.NewIndex index, StatementContext statement, RuleContext rule);
}
