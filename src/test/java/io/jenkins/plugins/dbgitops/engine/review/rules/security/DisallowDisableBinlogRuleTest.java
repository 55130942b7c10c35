package io.jenkins.plugins.dbgitops.engine.review.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisallowDisableBinlogRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowDisableBinlogRule();
    }

    @Test
    void shouldReportTheSessionFormAtItsLine() {
        List<Finding> findings = findings(SqlEngine.MYSQL, "SET NAMES utf8mb4;\nSET SESSION sql_log_bin = OFF;");

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).startsWith("sql_log_bin is switched off");
    }

    @Test
    void shouldAcceptSwitchingItBackOn() {
        assertThat(findings(SqlEngine.MARIADB, "SET sql_log_bin = ON;")).isEmpty();
    }
}
