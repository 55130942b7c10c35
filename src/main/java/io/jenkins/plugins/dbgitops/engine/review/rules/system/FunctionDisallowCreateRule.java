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

/** Bytebase's {@code system.function.disallow-create}, recognised token-wise because JSqlParser parses few bodies. */
public final class FunctionDisallowCreateRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("system.function.disallow-create")
            .optIn()
            .title("Disallow creating functions")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.ERROR)
            .message("Stored functions move logic into the database, where it escapes code review, tests and"
                    + " versioned deployment of the application.")
            .help("Compute the value in the application, or get an explicit exception for this function.")
            .description("Reports CREATE [OR REPLACE] [AGGREGATE] FUNCTION. Functions called from queries hide cost"
                    + " from the planner, run with their own privileges and tie the schema to one engine.")
            .failing("CREATE FUNCTION add_two_numbers(a int, b int) RETURNS int BEGIN RETURN a + b; END;")
            .passing("CREATE TABLE numbers (a int PRIMARY KEY, b int);")
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
        CreatedObject.of(statement).filter(created -> created.kind().equals("FUNCTION")).ifPresent(created ->
                rule.report(statement, Impact.of("The statement creates function %s".formatted(created.name()),
                        DEFINITION)));
    }
}
