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
import java.util.Set;
import net.sf.jsqlparser.statement.create.user.CreateUser;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.grant.Grant;
import net.sf.jsqlparser.statement.grant.Revoke;
import net.sf.jsqlparser.statement.role.AlterRole;
import net.sf.jsqlparser.statement.role.CreateRole;

/**
 * Accounts and privileges managed by schema migrations: CREATE/ALTER/DROP USER or ROLE, GRANT, REVOKE. At
 * level WARNING by default; teams that keep access in infrastructure code (separation of duties) turn it to ERROR.
 */
public final class DisallowAccountManagementRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("security.disallow-account-management")
            .optIn()
            .title("Disallow account and privilege changes")
            .origin("dbgitops")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.WARNING)
            .message("Accounts and privileges changed by a schema migration bypass the access review that"
                    + " separation of duties requires, and differ between environments.")
            .help("Manage users, roles and grants in the access-management or infrastructure code, reviewed by"
                    + " its owners.")
            .description("Reports CREATE, ALTER and DROP of USER or ROLE, GRANT and REVOKE. Audit regimes such as"
                    + " SOX and ISO 27001 expect access changes to go through an approval path of their own; in a"
                    + " migration they ride along with schema changes, need elevated deployment privileges and are"
                    + " hard to audit afterwards.")
            .failing("GRANT SELECT ON orders TO reporting;")
            .passing("CREATE INDEX idx_orders_status ON orders (status);")
            .build();

    private static final Set<String> ACCOUNTS = Set.of("USER", "ROLE");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(CreateUser.class, CreateRole.class, AlterRole.class, Grant.class, Drop.class, Revoke.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (!StatementTypes.mayBe(statement, CreateUser.class, CreateRole.class, AlterRole.class, Grant.class,
                Drop.class, Revoke.class)) {
            return;
        }
        if (statement.ast(Drop.class).filter(drop -> !ACCOUNTS.contains(drop.getType().toUpperCase(
                java.util.Locale.ROOT))).isPresent()) {
            return; // DROP TABLE and friends belong to other rules
        }
        List<String> tokens = SqlTokens.words(statement);
        if (tokens.size() < 2) {
            return;
        }
        String head = tokens.get(0);
        boolean account = (head.equals("CREATE") || head.equals("ALTER") || head.equals("DROP"))
                && ACCOUNTS.contains(tokens.get(1));
        if (account) {
            rule.report(statement, Impact.of(head + " " + tokens.get(1) + " changes database accounts", DEFINITION));
        } else if (head.equals("GRANT") || head.equals("REVOKE")) {
            rule.report(statement, Impact.of(head + " changes privileges", DEFINITION));
        }
    }
}
