package io.jenkins.plugins.dbgitops.engine.review.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisallowAccountManagementRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowAccountManagementRule();
    }

    @Test
    void shouldReportAccountsAndPrivilegesOnBothEngines() {
        assertThat(lines(findings(SqlEngine.MYSQL, "CREATE TABLE t (a int);\nCREATE USER 'app'@'localhost';\n"
                + "DROP USER 'old'@'%';\nREVOKE INSERT ON shop.* FROM 'app'@'localhost';"))).containsExactly(2, 3, 4);
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, "DROP TABLE t;\nDROP ROLE reporting;");
        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).startsWith("DROP ROLE changes database accounts");
    }

    @Test
    void shouldIgnoreOrdinaryDdl() {
        assertThat(findings(SqlEngine.POSTGRESQL, "CREATE TABLE users (id bigint PRIMARY KEY, role text);\nDROP VIEW v;"))
                .isEmpty();
    }
}
