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
import net.sf.jsqlparser.statement.grant.Grant;

/** {@code GRANT ALL [PRIVILEGES]} on anything, in PostgreSQL and MySQL; JSqlParser 5.4 parses only some of them. */
public final class DisallowGrantAllRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("security.disallow-grant-all")
            .title("Disallow GRANT ALL")
            .origin("dbgitops")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.ERROR)
            .message("GRANT ALL gives the grantee every privilege, including ones it does not need such as TRUNCATE,"
                    + " DROP, ALTER and REFERENCES, so one leaked credential can destroy the data.")
            .help("Grant only the privileges the role needs, for example GRANT SELECT, INSERT, UPDATE.")
            .description("Reports GRANT ALL and GRANT ALL PRIVILEGES on tables, schemas, databases and MySQL"
                    + " db.* or *.* scopes. Least privilege limits what a compromised application account or a"
                    + " buggy job can do; ALL also silently includes privileges added by future server versions.")
            .failing("GRANT ALL PRIVILEGES ON TABLE orders TO app_user;")
            .passing("GRANT SELECT, INSERT, UPDATE ON TABLE orders TO app_user;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(Grant.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (!StatementTypes.mayBe(statement, Grant.class)) {
            return;
        }
        List<String> tokens = SqlTokens.words(statement);
        if (SqlTokens.matchesAt(tokens, 0, "GRANT", "ALL")) {
            int on = tokens.indexOf("ON");
            String object = on >= 0 && on + 1 < tokens.size() ? String.join(" ", tokens.subList(on + 1,
                    Math.max(on + 2, Math.min(tokens.size(), tokens.indexOf("TO"))))) : "everything";
            rule.report(statement, Impact.of("GRANT ALL on " + object.toLowerCase(java.util.Locale.ROOT),
                    DEFINITION));
        }
    }
}
