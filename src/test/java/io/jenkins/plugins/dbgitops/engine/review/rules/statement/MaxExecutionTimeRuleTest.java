package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaxExecutionTimeRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new MaxExecutionTimeRule();
    }

    @Test
    void shouldReportOnceWhenTheLimitComesTooLateLikeBytebase() {
        List<Finding> findings = findings(SqlEngine.MYSQL,
                "SET NAMES utf8mb4;\nSELECT * FROM employee;\nSET max_execution_time = 1000;\nSELECT 1;");

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).startsWith("The file runs statements before setting max_execution_time");
    }

    @Test
    void shouldAcceptGlobalAndMariaDbForms() {
        assertThat(findings(SqlEngine.MYSQL, "SET GLOBAL max_execution_time = 10;\nSELECT * FROM employee;")).isEmpty();
        assertThat(findings(SqlEngine.MARIADB, "SET SESSION max_statement_time = 5;\nUPDATE t SET a = 1 WHERE id = 2;"))
                .isEmpty();
    }
}
