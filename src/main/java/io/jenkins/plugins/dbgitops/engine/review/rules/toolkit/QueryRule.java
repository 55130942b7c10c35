package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;

/**
 * The family of rules that judge the queries of a parsed statement: its SELECT blocks and condition nodes, listed
 * once per statement by {@link QueryTree} and shared by every such rule.
 */
public abstract class QueryRule implements Rule {
    @Override
    public final List<Class<? extends Statement>> statementTypes() {
        return QueryTree.STATEMENT_TYPES;
    }

    @Override
    public final void check(StatementContext statement, RuleContext rule) {
        if (statement.ast().isPresent()) {
            check(QueryTree.of(statement.ast().get()), statement, rule);
        }
    }

    /** Checks the query tree of one parsed statement. */
    protected abstract void check(QueryTree query, StatementContext statement, RuleContext rule);
}
