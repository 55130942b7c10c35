package io.jenkins.plugins.dbgitops.engine.review.rules.system;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DisallowCreateRule;

/** Bytebase's {@code system.event.disallow-create}, recognised token-wise because JSqlParser parses few bodies. */
public final class EventDisallowCreateRule extends DisallowCreateRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("system.event.disallow-create")
            .optIn()
            .title("Disallow creating events")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.MYSQL_FAMILY)
            .defaultLevel(Level.ERROR)
            .message("Scheduled events run hidden jobs inside the database that no deployment, monitoring or"
                    + " on-call engineer sees.")
            .help("Schedule the job in the application or a job scheduler instead of a MySQL event.")
            .description("Reports CREATE EVENT. Events run on the primary only when the event scheduler is on, are"
                    + " not replicated as schedules, and fail silently; a job scheduler outside the database is"
                    + " visible and observable.")
            .failing("CREATE EVENT daily_cleanup ON SCHEDULE EVERY 1 DAY DO DELETE FROM sessions;")
            .passing("DELETE FROM sessions WHERE expires_at < NOW();")
            .build();

    public EventDisallowCreateRule() {
        super("EVENT");
    }

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }
}
