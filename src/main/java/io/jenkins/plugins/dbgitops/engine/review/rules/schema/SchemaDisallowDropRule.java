package io.jenkins.plugins.dbgitops.engine.review.rules.schema;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DropRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DropStatement;

/** Dropping a schema (our own rule, in the manner of Squawk's ban-drop-database). */
public final class SchemaDisallowDropRule extends DropRule {
    @Override
    protected void check(DropStatement drop, StatementContext statement, RuleContext rule) {
        if (drop.kind().equals("SCHEMA")) {
            rule.report(statement, "Dropping schema " + String.join(", ", drop.names())
                    + " loses every object in it and breaks every client that uses them.");
        }
    }
}
