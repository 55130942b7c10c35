package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisallowDisableTriggerRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowDisableTriggerRule();
    }

    @Test
    void shouldFlagDisableTriggerAll() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "ALTER TABLE orders DISABLE TRIGGER ALL;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(lines(findings)).containsExactly(1);
        assertThat(findings.get(0).message()).contains("orders");
    }

    @Test
    void shouldAcceptEnablingATrigger() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "ALTER TABLE orders ENABLE TRIGGER ALL;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(findings).isEmpty();
    }
}
