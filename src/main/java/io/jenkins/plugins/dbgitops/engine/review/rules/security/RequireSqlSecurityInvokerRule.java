package io.jenkins.plugins.dbgitops.engine.review.rules.security;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.CreatedObject;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.event.CreateEvent;
import net.sf.jsqlparser.statement.create.function.CreateFunction;
import net.sf.jsqlparser.statement.create.procedure.CreateProcedure;
import net.sf.jsqlparser.statement.create.trigger.CreateTrigger;
import net.sf.jsqlparser.statement.create.view.CreateView;

/** MySQL views and routines must declare {@code SQL SECURITY INVOKER}; DEFINER is MySQL's default. */
public final class RequireSqlSecurityInvokerRule implements Rule {
    private static final Set<String> KINDS = Set.of("VIEW", "PROCEDURE", "FUNCTION");

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        // the types CreatedObject.of reads
        return List.of(CreateFunction.class, CreateProcedure.class, CreateView.class, CreateEvent.class,
                CreateTrigger.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        CreatedObject.of(statement).filter(created -> KINDS.contains(created.kind())).ifPresent(created -> {
            List<String> tokens = SqlTokens.words(statement);
            // a function body can be a single RETURN without BEGIN; SONAME functions are native UDFs, not routines
            if (!SqlTokens.contains(tokens, "SQL", "SECURITY", "INVOKER") && !tokens.contains("SONAME")) {
                rule.report(statement, Impact.of(created.kind().charAt(0) + created.kind().substring(1)
                        .toLowerCase(Locale.ROOT) + " " + created.name() + " runs as its definer",
                        rule));
            }
        });
    }
}
