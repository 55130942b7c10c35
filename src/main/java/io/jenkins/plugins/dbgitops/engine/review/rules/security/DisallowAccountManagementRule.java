package io.jenkins.plugins.dbgitops.engine.review.rules.security;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTypes;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.statement.Statement;
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
    private static final Set<String> ACCOUNTS = Set.of("USER", "ROLE");

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
                Locale.ROOT))).isPresent()) {
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
            rule.report(statement, Impact.of(head + " " + tokens.get(1) + " changes database accounts", rule));
        } else if (head.equals("GRANT") || head.equals("REVOKE")) {
            rule.report(statement, Impact.of(head + " changes privileges", rule));
        }
    }
}
