package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DetachPartitionConcurrentlyRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DetachPartitionConcurrentlyRule();
    }

    @Test
    void shouldFlagADetachOnItsLine() {
        String change = "\nALTER TABLE measurements\n  DETACH PARTITION measurements_2023;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(3);
        assertThat(findings.get(0).message()).contains("measurements");
    }

    @Test
    void shouldAcceptFinalize() {
        String change = "ALTER TABLE measurements DETACH PARTITION measurements_2023 FINALIZE;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
