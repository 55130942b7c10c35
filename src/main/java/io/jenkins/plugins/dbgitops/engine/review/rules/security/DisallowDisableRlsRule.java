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
import net.sf.jsqlparser.statement.alter.Alter;

/** PostgreSQL {@code ALTER TABLE ... DISABLE ROW LEVEL SECURITY} or {@code NO FORCE ROW LEVEL SECURITY}. */
public final class DisallowDisableRlsRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("security.disallow-disable-rls")
            .title("Disallow disabling row-level security")
            .origin("dbgitops")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.ERROR)
            .message("Disabling row-level security lets every role with table privileges read and change all"
                    + " rows, across tenants.")
            .help("Keep row-level security enabled and change the policies instead.")
            .description("Reports ALTER TABLE ... DISABLE ROW LEVEL SECURITY and NO FORCE ROW LEVEL SECURITY."
                    + " Multi-tenant schemas rely on RLS policies to separate tenants; switching it off, even"
                    + " briefly in a migration, exposes every tenant's rows, and NO FORCE exempts the table owner,"
                    + " which is often the application account.")
            .failing("ALTER TABLE invoices DISABLE ROW LEVEL SECURITY;")
            .passing("ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

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
            rule.report(statement, Impact.of("ALTER TABLE " + table + " disables row-level security", DEFINITION));
        } else if (SqlTokens.contains(tokens, "NO", "FORCE", "ROW", "LEVEL", "SECURITY")) {
            rule.report(statement, Impact.of("ALTER TABLE " + table + " stops forcing row-level security on its"
                    + " owner", DEFINITION));
        }
    }
}
