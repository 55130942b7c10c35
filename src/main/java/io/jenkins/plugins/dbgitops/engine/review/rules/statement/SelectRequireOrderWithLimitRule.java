package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.QueryRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.QueryTree;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import net.sf.jsqlparser.statement.select.PlainSelect;

/**
 * dbgitops's own {@code statement.select.require-order-with-limit}. Subqueries used as a set inside a condition
 * ({@code id IN (SELECT id ... LIMIT 1000)}, the batching idiom) are exempt: which rows form the batch does not matter.
 */
public final class SelectRequireOrderWithLimitRule extends QueryRule {
    @Override
    protected void check(QueryTree query, StatementContext statement, RuleContext rule) {
        for (QueryTree.Block block : query.selects()) {
            if (!block.inCondition() && limitedWithoutOrder(block.select())) {
                rule.report(statement, StatementTexts.quote(statement)
                        + " uses LIMIT without ORDER BY, so the rows it picks are not deterministic.");
                return;
            }
        }
    }

    private static boolean limitedWithoutOrder(PlainSelect select) {
        boolean limited = select.getLimit() != null && select.getLimit().getRowCount() != null
                || select.getFetch() != null;
        boolean ordered = select.getOrderByElements() != null && !select.getOrderByElements().isEmpty();
        return limited && !ordered;
    }
}
