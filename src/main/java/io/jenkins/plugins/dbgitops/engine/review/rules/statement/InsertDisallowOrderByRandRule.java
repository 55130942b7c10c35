package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.QueryTree;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.OrderByElement;

/** Bytebase's {@code statement.insert.disallow-order-by-rand}: RAND() on MySQL, RANDOM() on PostgreSQL. */
public final class InsertDisallowOrderByRandRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.insert.disallow-order-by-rand")
            .title("No ORDER BY RAND() in INSERT ... SELECT")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.WARNING)
            .message("ORDER BY RAND() sorts the whole source table and makes the inserted rows differ on every run and replica.")
            .help("Pick the rows by a deterministic condition, or sample with TABLESAMPLE into a staging table first.")
            .description("Flags INSERT ... SELECT whose SELECT blocks order by RAND() or RANDOM(). Every source row"
                    + " gets a random number and the whole set is sorted; the rows inserted differ between the"
                    + " primary, replicas and reruns, which statement-based replication cannot reproduce.")
            .failing("INSERT INTO sample_users (id) SELECT id FROM users ORDER BY RAND() LIMIT 100;")
            .passing("INSERT INTO sample_users (id) SELECT id FROM users WHERE id % 100 = 0;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

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
