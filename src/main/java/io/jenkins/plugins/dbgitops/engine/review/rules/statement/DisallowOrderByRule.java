package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.update.Update;

/** Bytebase's {@code statement.disallow-order-by}: ORDER BY in UPDATE and DELETE, which only MySQL allows. */
public final class DisallowOrderByRule implements Rule {
    @Override
    public void check(StatementContext statement, RuleContext rule) {
        boolean ordered = statement.ast(Update.class).map(update -> present(update.getOrderByElements())).orElse(false)
                || statement.ast(Delete.class).map(delete -> present(delete.getOrderByElements())).orElse(false);
        if (ordered) {
            rule.report(statement, "ORDER BY clause is forbidden in DELETE and UPDATE statements, but "
                    + StatementTexts.quote(statement) + " uses it.");
        }
    }

    private static boolean present(List<?> list) {
        return list != null && !list.isEmpty();
    }
}
