package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MaximumLimitValueRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new MaximumLimitValueRule();
    }

    @Test
    void shouldReportTheValueAndTheLimitAsBytebaseDoes() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, "SELECT * FROM employee LIMIT 1000000;");

        assertThat(findings).extracting(Finding::message)
                .containsExactly("The limit value 1000000 exceeds the maximum allowed value 1000.");
    }

    @Test
    void shouldCheckFetchFirstAndSubqueriesWithAPayload() {
        assertThat(lines(findings(SqlEngine.POSTGRESQL, Map.of("number", 10), "",
                "SELECT id FROM t LIMIT 10;\nSELECT id FROM t FETCH FIRST 11 ROWS ONLY;\n"
                        + "SELECT id FROM (SELECT id FROM t LIMIT 20) x;"))).containsExactly(2, 3);
    }
}
