package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisallowDropNotNullRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowDropNotNullRule();
    }

    @Test
    void shouldFlagDropNotNullOnItsLine() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "\n\nALTER TABLE orders ALTER status DROP NOT NULL;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(lines(findings)).containsExactly(3);
        assertThat(findings.get(0).message()).contains("orders.status");
    }

    @Test
    void shouldIgnoreSetNotNull() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "ALTER TABLE orders ALTER COLUMN status SET NOT NULL;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(findings).isEmpty();
    }
}
