package io.jenkins.plugins.dbgitops.engine.review.rules.security;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TokenRule;
import java.util.List;
import net.sf.jsqlparser.statement.alter.Alter;

/** PostgreSQL {@code ALTER TABLE ... DISABLE ROW LEVEL SECURITY} or {@code NO FORCE ROW LEVEL SECURITY}. */
public final class DisallowDisableRlsRule extends TokenRule {
    public DisallowDisableRlsRule() {
        super(List.of("ALTER", "TABLE"), Alter.class);
    }

    @Override
    protected void check(List<String> tokens, StatementContext statement, RuleContext rule) {
        String table = statement.ast(Alter.class).map(alter -> alter.getTable().getName()).orElse("the table");
        if (SqlTokens.contains(tokens, "DISABLE", "ROW", "LEVEL", "SECURITY")) {
            rule.report(statement, Impact.of("ALTER TABLE " + table + " disables row-level security", rule));
        } else if (SqlTokens.contains(tokens, "NO", "FORCE", "ROW", "LEVEL", "SECURITY")) {
            rule.report(statement, Impact.of("ALTER TABLE " + table + " stops forcing row-level security on its"
                    + " owner", rule));
        }
    }
}
