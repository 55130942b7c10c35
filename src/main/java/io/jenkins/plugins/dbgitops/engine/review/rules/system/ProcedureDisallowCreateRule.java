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

/** Bytebase's {@code system.procedure.disallow-create}, recognised token-wise because JSqlParser parses few bodies. */
public final class ProcedureDisallowCreateRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("system.procedure.disallow-create")
            .optIn()
            .title("Disallow creating procedures")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.ERROR)
            .message("Stored procedures move business logic into the database, where it escapes code review, tests"
                    + " and versioned deployment of the application.")
            .help("Implement the logic in the application, or get an explicit exception for this procedure.")
            .description("Reports CREATE [OR REPLACE] PROCEDURE (with or without DEFINER). Procedures are hard to"
                    + " test, debug and roll back, run with their own privileges and tie the application to one"
                    + " database engine.")
            .failing("CREATE PROCEDURE archive_orders() BEGIN DELETE FROM orders WHERE archived = 1; END;")
            .passing("CREATE TABLE archived_orders (id int PRIMARY KEY);")
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
        CreatedObject.of(statement).filter(created -> created.kind().equals("PROCEDURE")).ifPresent(created ->
                rule.report(statement, Impact.of("The statement creates procedure %s".formatted(created.name()),
                        DEFINITION)));
    }
}
