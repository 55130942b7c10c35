package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.update.Update;

/** Bytebase's {@code statement.disallow-order-by}: ORDER BY in UPDATE and DELETE, which only MySQL allows. */
public final class DisallowOrderByRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.disallow-order-by")
            .optIn()
            .title("No ORDER BY in UPDATE and DELETE")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.MYSQL_FAMILY)
            .defaultLevel(Level.WARNING)
            .message("ORDER BY in UPDATE or DELETE forces a sort of the matching rows and usually hides a LIMIT-based batch.")
            .help("Remove ORDER BY and select the rows by a key range.")
            .description("Flags UPDATE ... ORDER BY and DELETE ... ORDER BY (MySQL and MariaDB syntax). Sorting the"
                    + " rows to change costs a filesort under row locks, and the construct exists to pair with LIMIT,"
                    + " which statement-based replication logs as unsafe.")
            .failing("DELETE FROM audit_log WHERE created_at < '2024-01-01' ORDER BY id;")
            .passing("DELETE FROM audit_log WHERE created_at < '2024-01-01';")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

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
