package io.jenkins.plugins.dbgitops.engine.review.rules.security;

import net.sf.jsqlparser.statement.Statement;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTypes;
import java.util.List;
import net.sf.jsqlparser.statement.alter.Alter;

/** PostgreSQL {@code ALTER TABLE ... DISABLE ROW LEVEL SECURITY} or {@code NO FORCE ROW LEVEL SECURITY}. */
public final class DisallowDisableRlsRule implements Rule {
    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(Alter.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (!StatementTypes.mayBe(statement, Alter.class)) {
            return;
        }
        List<String> tokens = SqlTokens.words(statement);
        if (!SqlTokens.matchesAt(tokens, 0, "ALTER", "TABLE")) {
            return;
        }
        String table = statement.ast(Alter.class).map(alter -> alter.getTable().getName()).orElse("the table");
        if (SqlTokens.contains(tokens, "DISABLE", "ROW", "LEVEL", "SECURITY")) {
            rule.report(statement, Impact.of("ALTER TABLE " + table + " disables row-level security", rule));
        } else if (SqlTokens.contains(tokens, "NO", "FORCE", "ROW", "LEVEL", "SECURITY")) {
            rule.report(statement, Impact.of("ALTER TABLE " + table + " stops forcing row-level security on its"
                    + " owner", rule));
        }
    }
}
