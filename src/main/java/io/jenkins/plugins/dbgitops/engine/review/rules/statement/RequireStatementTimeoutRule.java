package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TimeoutRule;

/** Squawk's require-statement-timeout (and half of require-timeout-settings). */
public final class RequireStatementTimeoutRule extends TimeoutRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.require-statement-timeout")
            .title("Require a statement_timeout before taking locks")
            .origin("Squawk: require-statement-timeout, require-timeout-settings")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.WARNING)
            .message("Without a statement_timeout, a statement that holds a strong lock can run, and block the table, for as long as it takes.")
            .help("Set statement_timeout at the top of the file (e.g. SET statement_timeout = '5min'), sized for the largest table.")
            .description("A rewrite or validation that takes longer than expected holds its lock the whole time;"
                    + " statement_timeout bounds that time so the migration fails and rolls back instead of blocking"
                    + " the application indefinitely. The first statement of a file that locks an existing table before"
                    + " SET statement_timeout is reported; statements on tables created in the same change are not.")
            .failing("ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,2);")
            .passing("SET statement_timeout = '5min';\nALTER TABLE orders ALTER COLUMN total TYPE numeric(12,2);")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    protected String setting() {
        return "statement_timeout";
    }
}
