package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DropRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DropStatement;
import java.util.Locale;

/**
 * One rule for dropping the objects other than tables, columns, schemas and databases that clients depend on: views,
 * functions, types, triggers, sequences, domains, extensions, policies, and indexes when INDEX is added to the
 * payload's list (our own rule).
 */
public final class DisallowDropObjectRule extends DropRule {
    @Override
    protected void check(DropStatement drop, StatementContext statement, RuleContext rule) {
        boolean listed = rule.config().stringList("list").stream()
                .anyMatch(kind -> kind.trim().toUpperCase(Locale.ROOT).equals(drop.kind()));
        if (listed) {
            rule.report(statement, "Dropping " + drop.kind().toLowerCase(Locale.ROOT) + " "
                    + String.join(", ", drop.names()) + " breaks every client that still uses it.");
        }
    }
}
