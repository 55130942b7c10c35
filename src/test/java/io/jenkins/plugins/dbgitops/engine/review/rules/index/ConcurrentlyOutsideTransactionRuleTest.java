package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConcurrentlyOutsideTransactionRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new ConcurrentlyOutsideTransactionRule();
    }

    @Test
    void shouldFlagDropIndexConcurrentlyInABlock() {
        String change = "START TRANSACTION;\nDROP INDEX CONCURRENTLY idx_a;\nCOMMIT;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(2);
    }

    @Test
    void shouldAcceptConcurrentlyAfterTheBlockEnds() {
        String change = "BEGIN;\nALTER TABLE t ADD COLUMN a int;\nCOMMIT;\nREINDEX INDEX CONCURRENTLY idx_a;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
