package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DropIndexConcurrentlyRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DropIndexConcurrentlyRule();
    }

    @Test
    void shouldFlagAnIndexOfAnEarlierTable() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);\nCREATE INDEX idx_orders_status ON orders (status);";
        String change = "\nDROP INDEX IF EXISTS idx_orders_status;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).contains("idx_orders_status");
    }

    @Test
    void shouldExemptAnIndexOfATableCreatedInTheSameChange() {
        String change = "CREATE TABLE t (id int, a int);\nCREATE INDEX idx_t_a ON t (a);\nDROP INDEX idx_t_a;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
