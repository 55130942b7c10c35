package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TimeoutRule;

/** Squawk's require-lock-timeout (and half of require-timeout-settings). */
public final class RequireLockTimeoutRule extends TimeoutRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.require-lock-timeout")
            .title("Require a lock_timeout before taking locks")
            .origin("Squawk: require-lock-timeout, require-timeout-settings")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.WARNING)
            .message("Without a lock_timeout, a migration waiting for a lock makes every later query on the table queue behind it.")
            .help("Start the file with SET lock_timeout = '2s' (and retry the migration if it times out).")
            .description("An ALTER TABLE that waits for a lock held by a long query sits in the lock queue, and every"
                    + " query that arrives after it waits too: a harmless schema change becomes an outage. With"
                    + " lock_timeout set, the migration gives up after a few seconds instead and can be retried."
                    + " The first statement of a file that locks an existing table (ALTER TABLE, CREATE INDEX, DROP,"
                    + " TRUNCATE, ...) before SET lock_timeout is reported; statements on tables created in the same"
                    + " change are not.")
            .failing("ALTER TABLE orders ADD COLUMN note text;")
            .passing("SET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN note text;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    protected String setting() {
        return "lock_timeout";
    }
}
