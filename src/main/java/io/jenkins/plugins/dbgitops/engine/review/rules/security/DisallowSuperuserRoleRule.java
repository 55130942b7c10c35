package io.jenkins.plugins.dbgitops.engine.review.rules.security;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TokenRule;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Set;
import net.sf.jsqlparser.statement.grant.Grant;
import net.sf.jsqlparser.statement.role.AlterRole;
import net.sf.jsqlparser.statement.role.CreateRole;

/**
 * Administrative power handed out by a migration: PostgreSQL roles with SUPERUSER or BYPASSRLS, MySQL grants of
 * SUPER, FILE, SHUTDOWN, SYSTEM_USER or ALL on {@code *.*}, and {@code WITH GRANT OPTION} / {@code WITH ADMIN OPTION}
 * on either engine.
 */
public final class DisallowSuperuserRoleRule extends TokenRule {
    private static final Set<String> PG_ATTRIBUTES = Set.of("SUPERUSER", "BYPASSRLS");
    private static final Set<String> MYSQL_PRIVILEGES = Set.of("SUPER", "FILE", "SHUTDOWN", "SYSTEM_USER");

    public DisallowSuperuserRoleRule() {
        super(CreateRole.class, AlterRole.class, Grant.class);
    }

    @Override
    protected void check(List<String> tokens, StatementContext statement, RuleContext rule) {
        if (tokens.size() < 2) {
            return;
        }
        String head = tokens.get(0);
        boolean role = (head.equals("CREATE") || head.equals("ALTER"))
                && (tokens.get(1).equals("ROLE") || tokens.get(1).equals("USER"));
        if (role && statement.engine() == SqlEngine.POSTGRESQL) {
            tokens.stream().filter(PG_ATTRIBUTES::contains).findFirst().ifPresent(attribute -> rule.report(statement,
                    Impact.of(head + " " + tokens.get(1) + " gives " + attribute, rule)));
        } else if (head.equals("GRANT")) {
            checkGrant(statement, rule, tokens);
        }
    }

    private static void checkGrant(StatementContext statement, RuleContext rule, List<String> tokens) {
        int on = tokens.indexOf("ON");
        List<String> privileges = tokens.subList(1, on < 0 ? tokens.size() : on);
        if (statement.engine().isMySqlFamily()) {
            privileges.stream().filter(MYSQL_PRIVILEGES::contains).findFirst().ifPresent(privilege ->
                    rule.report(statement, Impact.of("GRANT " + privilege + " gives administrative power",
                            rule)));
            if (privileges.contains("ALL") && on >= 0 && on + 1 < tokens.size() && tokens.get(on + 1).equals("*.*")) {
                rule.report(statement, Impact.of("GRANT ALL ON *.* makes the account an administrator", rule));
            }
        }
        if (SqlTokens.contains(tokens, "WITH", "GRANT", "OPTION") || SqlTokens.contains(tokens, "WITH", "ADMIN",
                "OPTION")) {
            rule.report(statement, Impact.of("The grant lets the grantee pass its privileges on", rule));
        }
    }
}
