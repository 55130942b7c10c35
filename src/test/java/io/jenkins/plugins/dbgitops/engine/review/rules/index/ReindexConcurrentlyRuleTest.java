package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReindexConcurrentlyRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new ReindexConcurrentlyRule();
    }

    @Test
    void shouldFlagReindexWithOptions() {
        String change = "\nREINDEX (VERBOSE) TABLE orders;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(2);
    }

    @Test
    void shouldAcceptConcurrentlyWithOptions() {
        String change = "REINDEX (VERBOSE) TABLE CONCURRENTLY orders;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
