package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import java.util.function.Predicate;
import net.sf.jsqlparser.statement.select.PlainSelect;

/**
 * The family of rules that flag SELECT blocks, subqueries included, by one test, reported as Bytebase's advisors do
 * ({@link QueryRule#reportEach}): "{@code <statement>} {@code <problem>}".
 */
public abstract class SelectBlockRule extends QueryRule {
    private final Predicate<PlainSelect> offends;
    private final String problem;

    /**
     * @param offends whether a SELECT block breaks the rule
     * @param problem what is wrong and its impact, after the quoted statement
     */
    protected SelectBlockRule(Predicate<PlainSelect> offends, String problem) {
        this.offends = offends;
        this.problem = problem;
    }

    @Override
    protected final void check(QueryTree query, StatementContext statement, RuleContext rule) {
        List<PlainSelect> offending = query.selects(offends);
        if (!offending.isEmpty()) {
            reportEach(statement, rule, offending, StatementTexts.quote(statement) + " " + problem);
        }
    }
}
