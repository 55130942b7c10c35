package io.jenkins.plugins.dbgitops.engine.review.rules.security;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.CreatedObject;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTypes;
import java.util.List;
import java.util.Set;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.event.CreateEvent;
import net.sf.jsqlparser.statement.create.function.CreateFunction;
import net.sf.jsqlparser.statement.create.procedure.CreateProcedure;
import net.sf.jsqlparser.statement.create.trigger.CreateTrigger;
import net.sf.jsqlparser.statement.create.view.CreateView;

/** MySQL views and routines must declare {@code SQL SECURITY INVOKER}; DEFINER is MySQL's default. */
public final class RequireSqlSecurityInvokerRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("security.require-sql-security-invoker")
            .title("Require SQL SECURITY INVOKER")
            .origin("dbgitops")
            .engines(RuleDefinition.Engines.MYSQL_FAMILY)
            .defaultLevel(Level.WARNING)
            .message("A view or routine without SQL SECURITY INVOKER runs with its definer's privileges, so every"
                    + " caller can read or change what the definer can.")
            .help("Add SQL SECURITY INVOKER and grant callers the privileges they need on the underlying tables.")
            .description("Reports CREATE VIEW, PROCEDURE and FUNCTION without SQL SECURITY INVOKER. MySQL and"
                    + " MariaDB default to SQL SECURITY DEFINER, which turns a view or routine into a privilege"
                    + " escalation path, often to the account that ran the migration, and fails when that account"
                    + " is dropped.")
            .failing("CREATE VIEW active_users AS SELECT id, email FROM users WHERE active = 1;")
            .passing("CREATE SQL SECURITY INVOKER VIEW active_users AS SELECT id, email FROM users WHERE active = 1;")
            .build();

    private static final Set<String> KINDS = Set.of("VIEW", "PROCEDURE", "FUNCTION");

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
        CreatedObject.of(statement).filter(created -> KINDS.contains(created.kind())).ifPresent(created -> {
            List<String> tokens = SqlTokens.words(statement);
            // a function body can be a single RETURN without BEGIN; SONAME functions are native UDFs, not routines
            if (!SqlTokens.contains(tokens, "SQL", "SECURITY", "INVOKER") && !tokens.contains("SONAME")) {
                rule.report(statement, Impact.of(created.kind().charAt(0) + created.kind().substring(1)
                        .toLowerCase(java.util.Locale.ROOT) + " " + created.name() + " runs as its definer",
                        DEFINITION));
            }
        });
    }
}
