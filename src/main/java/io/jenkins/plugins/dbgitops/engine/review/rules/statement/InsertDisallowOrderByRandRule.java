package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.QueryTree;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.OrderByElement;

/** Bytebase's {@code statement.insert.disallow-order-by-rand}: RAND() on MySQL, RANDOM() on PostgreSQL. */
public final class InsertDisallowOrderByRandRule implements Rule {
    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(Insert.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (statement.ast().orElse(null) instanceof Insert insert && insert.getSelect() != null
                && (orderedByRandom(insert.getSelect().getOrderByElements()) || anyBlockOrderedByRandom(insert))) {
            rule.report(statement, StatementTexts.quote(statement) + " uses ORDER BY RAND in the INSERT statement.");
        }
    }

    private static boolean anyBlockOrderedByRandom(Insert insert) {
        for (QueryTree.Block block : QueryTree.of(insert).selects()) {
            if (orderedByRandom(block.select().getOrderByElements())) {
                return true;
            }
        }
        return false;
    }

    private static boolean orderedByRandom(List<OrderByElement> order) {
        if (order != null) {
            for (OrderByElement element : order) {
                if (element.getExpression() instanceof Function f && isRandom(f.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isRandom(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return lower.equals("rand") || lower.equals("random");
    }
}
