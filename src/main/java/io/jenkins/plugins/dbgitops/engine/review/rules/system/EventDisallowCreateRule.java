package io.jenkins.plugins.dbgitops.engine.review.rules.system;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.CreatedObject;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.event.CreateEvent;
import net.sf.jsqlparser.statement.create.function.CreateFunction;
import net.sf.jsqlparser.statement.create.procedure.CreateProcedure;
import net.sf.jsqlparser.statement.create.trigger.CreateTrigger;
import net.sf.jsqlparser.statement.create.view.CreateView;

/** Bytebase's {@code system.event.disallow-create}, recognised token-wise because JSqlParser parses few bodies. */
public final class EventDisallowCreateRule implements Rule {
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

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        // the types CreatedObject.of reads
        return List.of(CreateFunction.class, CreateProcedure.class, CreateView.class, CreateEvent.class,
                CreateTrigger.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        CreatedObject.of(statement).filter(created -> created.kind().equals("EVENT")).ifPresent(created ->
                rule.report(statement, Impact.of("The statement creates event %s".formatted(created.name()),
                        DEFINITION)));
    }
}
