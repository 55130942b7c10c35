package io.jenkins.plugins.dbgitops.engine.review.rules.security;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TokenRule;
import java.util.List;
import net.sf.jsqlparser.statement.create.function.CreateFunction;
import net.sf.jsqlparser.statement.create.procedure.CreateProcedure;
import net.sf.jsqlparser.statement.create.trigger.CreateTrigger;
import net.sf.jsqlparser.statement.create.view.AlterView;
import net.sf.jsqlparser.statement.create.view.CreateView;

/** MySQL {@code DEFINER = user} on views, routines, triggers and events (often left in by mysqldump). */
public final class DisallowDefinerRule extends TokenRule {
    public DisallowDefinerRule() {
        super(CreateView.class, AlterView.class, CreateFunction.class, CreateProcedure.class, CreateTrigger.class);
    }

    @Override
    protected void check(List<String> tokens, StatementContext statement, RuleContext rule) {
        int definer = tokens.indexOf("DEFINER");
        boolean header = !tokens.isEmpty() && (tokens.get(0).equals("CREATE") || tokens.get(0).equals("ALTER"));
        // SQL SECURITY DEFINER is a different clause; DEFINER = user is the one that names an account
        if (header && definer > 0 && SqlTokens.matchesAt(tokens, definer + 1, "=")) {
            rule.report(statement, Impact.of("The statement sets an explicit DEFINER", rule));
        }
    }
}
