package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RefreshMaterializedViewConcurrentlyRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new RefreshMaterializedViewConcurrentlyRule();
    }

    @Test
    void shouldFlagAPlainRefreshOnItsLine() {
        String change = "\nREFRESH MATERIALIZED VIEW reporting.sales_summary WITH DATA;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).contains("reporting.sales_summary");
    }

    @Test
    void shouldAcceptWithNoData() {
        String change = "REFRESH MATERIALIZED VIEW sales_summary WITH NO DATA;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
