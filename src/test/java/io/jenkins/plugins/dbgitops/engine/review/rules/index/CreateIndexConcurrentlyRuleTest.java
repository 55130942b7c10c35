package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreateIndexConcurrentlyRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new CreateIndexConcurrentlyRule();
    }

    @Test
    void shouldExemptATableCreatedInTheSameChange() {
        String change = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);\n"
                + "CREATE INDEX idx_orders_customer ON orders (customer_id);";

        assertThat(findings(SqlEngine.POSTGRESQL, change)).isEmpty();
    }

    @Test
    void shouldFlagATableCreatedByAnEarlierMigration() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);";

        assertThat(lines(findings(SqlEngine.POSTGRESQL, Map.of(), earlier,
                "\nCREATE UNIQUE INDEX idx_orders_customer ON orders (customer_id);"))).containsExactly(2);
    }
}
