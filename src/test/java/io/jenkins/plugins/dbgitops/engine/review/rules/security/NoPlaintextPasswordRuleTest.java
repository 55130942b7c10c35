package io.jenkins.plugins.dbgitops.engine.review.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoPlaintextPasswordRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new NoPlaintextPasswordRule();
    }

    private static final String SECRET = "Tr0ub4dor&3";

    @Test
    void shouldReportPostgreSqlRolePasswordsWithoutRepeatingThem() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, "CREATE ROLE app NOLOGIN;\n"
                + "CREATE USER app_rw WITH PASSWORD '" + SECRET + "';\nALTER ROLE app_ro ENCRYPTED PASSWORD '" + SECRET
                + "';\nCREATE USER MAPPING FOR app SERVER remote OPTIONS (user 'app', password '" + SECRET + "');");

        assertThat(lines(findings)).containsExactly(2, 3, 4);
        assertThat(findings.get(0).message()).startsWith("CREATE USER contains a password literal");
        assertThat(findings).allSatisfy(finding -> assertThat(finding.message()).doesNotContain(SECRET));
    }

    @Test
    void shouldReportMySqlIdentifiedBySetPasswordAndReplicationPasswords() {
        List<Finding> findings = findings(SqlEngine.MYSQL, "CREATE USER 'app'@'%' IDENTIFIED BY '" + SECRET + "';\n"
                + "ALTER USER 'app'@'localhost' IDENTIFIED WITH caching_sha2_password BY '" + SECRET + "';\n"
                + "SET PASSWORD FOR 'app'@'localhost' = '" + SECRET + "';\n"
                + "CHANGE MASTER TO MASTER_HOST = 'db1', MASTER_PASSWORD = '" + SECRET + "';\n"
                + "GRANT SELECT ON shop.* TO 'app'@'%' IDENTIFIED BY '" + SECRET + "';");

        assertThat(lines(findings)).containsExactly(1, 2, 3, 4, 5);
        assertThat(findings).allSatisfy(finding -> assertThat(finding.message()).doesNotContain(SECRET));
    }

    @Test
    void shouldAcceptHashesAndAccountsWithoutPassword() {
        assertThat(findings(SqlEngine.POSTGRESQL, "CREATE ROLE app LOGIN PASSWORD 'SCRAM-SHA-256$4096:c2FsdA==$a2V5:c2Vy';\n"
                + "ALTER ROLE app PASSWORD NULL;\nCOMMENT ON ROLE app IS 'password rotated by vault';")).isEmpty();
        assertThat(findings(SqlEngine.MARIADB, "CREATE USER app IDENTIFIED BY PASSWORD '*94BDCEBE19083CE2A1F959FD02F964C7AF4CFC29';\n"
                + "CREATE USER app2 IDENTIFIED WITH mysql_native_password AS '*94BDCEBE19083CE2A1F959FD02F964C7AF4CFC29';"))
                .isEmpty();
    }
}
