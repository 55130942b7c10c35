package io.jenkins.plugins.dbgitops.engine.review.rules.security;

import net.sf.jsqlparser.statement.Statement;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTypes;
import java.util.List;
import net.sf.jsqlparser.statement.create.function.CreateFunction;
import net.sf.jsqlparser.statement.create.procedure.CreateProcedure;
import net.sf.jsqlparser.statement.create.trigger.CreateTrigger;
import net.sf.jsqlparser.statement.create.view.AlterView;
import net.sf.jsqlparser.statement.create.view.CreateView;

/** MySQL {@code DEFINER = user} on views, routines, triggers and events (often left in by mysqldump). */
public final class DisallowDefinerRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("security.disallow-definer")
            .title("Disallow an explicit DEFINER")
            .origin("dbgitops")
            .engines(RuleDefinition.Engines.MYSQL_FAMILY)
            .defaultLevel(Level.WARNING)
            .message("An explicit DEFINER ties the object to one account: it fails where that account does not exist"
                    + " and, with SQL SECURITY DEFINER, runs with that account's privileges for every caller.")
            .help("Remove the DEFINER clause so the deploying account owns the object, and prefer SQL SECURITY"
                    + " INVOKER.")
            .description("Reports CREATE or ALTER VIEW, PROCEDURE, FUNCTION, TRIGGER and EVENT with DEFINER = ...."
                    + " Dumps copied into migrations carry the definer of the source server (often root@localhost);"
                    + " on another server the object either cannot be created without SUPER/SET_USER_ID or"
                    + " quietly escalates every caller to that account.")
            .failing("CREATE DEFINER = 'root'@'localhost' VIEW active_users AS SELECT id FROM users;")
            .passing("CREATE SQL SECURITY INVOKER VIEW active_users AS SELECT id FROM users;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(CreateView.class, AlterView.class, CreateFunction.class, CreateProcedure.class, CreateTrigger.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (!StatementTypes.mayBe(statement, CreateView.class, AlterView.class, CreateFunction.class,
                CreateProcedure.class, CreateTrigger.class)) {
            return;
        }
        List<String> tokens = SqlTokens.words(statement);
        int definer = tokens.indexOf("DEFINER");
        boolean header = !tokens.isEmpty() && (tokens.get(0).equals("CREATE") || tokens.get(0).equals("ALTER"));
        // SQL SECURITY DEFINER is a different clause; DEFINER = user is the one that names an account
        if (header && definer > 0 && SqlTokens.matchesAt(tokens, definer + 1, "=")) {
            rule.report(statement, Impact.of("The statement sets an explicit DEFINER", DEFINITION));
        }
    }
}
