package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisallowDisableForeignKeyChecksRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowDisableForeignKeyChecksRule();
    }

    @Test
    void shouldReportOffInAnyScopeAtItsLine() {
        List<Finding> findings = findings(SqlEngine.MYSQL,
                "SET NAMES utf8mb4;\nSET SESSION FOREIGN_KEY_CHECKS = OFF, unique_checks = 0;\nSET @@foreign_key_checks = 0;");

        assertThat(lines(findings)).containsExactly(2, 3);
        assertThat(findings.get(0).message()).startsWith("foreign_key_checks is switched off");
    }

    @Test
    void shouldAcceptOtherVariables() {
        assertThat(findings(SqlEngine.MARIADB, "SET unique_checks = 0;\nSET @fk = 0;")).isEmpty();
    }
}
