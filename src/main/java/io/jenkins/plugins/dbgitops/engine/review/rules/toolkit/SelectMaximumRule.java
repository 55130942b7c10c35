package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.function.ToLongFunction;
import net.sf.jsqlparser.statement.select.PlainSelect;

/**
 * The family of rules that measure each SELECT block, subqueries included, against the payload's {@code number}
 * (Bytebase's {@code statement.maximum-*} rules): a finding for each block above it.
 */
public abstract class SelectMaximumRule extends QueryRule {
    private final ToLongFunction<PlainSelect> measure;

    /** @param measure the block's figure: its tables, its LIMIT, ... */
    protected SelectMaximumRule(ToLongFunction<PlainSelect> measure) {
        this.measure = measure;
    }

    @Override
    protected final void check(QueryTree query, StatementContext statement, RuleContext rule) {
        long maximum = rule.config().integer("number");
        for (QueryTree.Block block : query.selects()) {
            long value = measure.applyAsLong(block.select());
            if (value > maximum) {
                rule.report(statement, message(statement, value, maximum));
            }
        }
    }

    /** The finding's message for a block whose figure {@code value} is above {@code maximum}. */
    protected abstract String message(StatementContext statement, long value, long maximum);
}
