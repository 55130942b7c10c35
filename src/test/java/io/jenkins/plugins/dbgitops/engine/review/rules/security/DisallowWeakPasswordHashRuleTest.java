package io.jenkins.plugins.dbgitops.engine.review.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisallowWeakPasswordHashRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowWeakPasswordHashRule();
    }

    @Test
    void shouldReportMariaDbViaAndPostgreSqlMd5Hashes() {
        assertThat(lines(findings(SqlEngine.MARIADB, "CREATE USER a IDENTIFIED VIA ed25519;\n"
                + "ALTER USER b IDENTIFIED VIA mysql_native_password;"))).containsExactly(2);
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, "CREATE ROLE a LOGIN;\n"
                + "CREATE ROLE b LOGIN PASSWORD 'md53175bce1d3201d16594cebf9d7eb3f9d';");
        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).startsWith("The role is given an md5 password hash")
                .doesNotContain("3175bce1");
    }

    @Test
    void shouldAcceptScramAndOtherSettings() {
        assertThat(findings(SqlEngine.POSTGRESQL, "SET password_encryption TO 'scram-sha-256';\nSET work_mem = 'md5';"))
                .isEmpty();
    }
}
