package io.jenkins.plugins.dbgitops.engine.review.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisallowSuperuserRoleRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowSuperuserRoleRule();
    }

    @Test
    void shouldReportBypassRlsAndGrantOptionInPostgreSql() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, "CREATE ROLE r WITH LOGIN NOSUPERUSER;\nCREATE ROLE boss SUPERUSER;\n"
                + "ALTER ROLE r BYPASSRLS;\nGRANT SELECT ON orders TO r WITH GRANT OPTION;\nGRANT admin TO r WITH ADMIN OPTION;");

        assertThat(lines(findings)).containsExactly(2, 3, 4, 5);
        assertThat(findings.get(1).message()).startsWith("ALTER ROLE gives BYPASSRLS");
    }

    @Test
    void shouldReportMySqlAdministrativeGrants() {
        assertThat(lines(findings(SqlEngine.MYSQL, "GRANT SELECT, INSERT ON shop.* TO 'app'@'localhost';\n"
                + "GRANT SUPER ON *.* TO 'app'@'localhost';\nGRANT ALL PRIVILEGES ON *.* TO 'ops'@'localhost';\n"
                + "GRANT SELECT ON shop.* TO 'app'@'localhost' WITH GRANT OPTION;"))).containsExactly(2, 3, 4);
    }
}
