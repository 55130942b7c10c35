package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisallowNewWriteRestrictionRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowNewWriteRestrictionRule();
    }

    @Test
    void shouldFlagSetNotNullAndUniqueIndexes() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "ALTER TABLE orders ALTER COLUMN status SET NOT NULL;\nCREATE UNIQUE INDEX CONCURRENTLY orders_status_key ON orders (status);";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(lines(findings)).containsExactly(1, 2);
        assertThat(findings.get(0).message()).contains("orders");
    }

    @Test
    void shouldIgnoreNewTablesAndPlainIndexes() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "CREATE INDEX CONCURRENTLY idx_orders_status ON orders (status);\nCREATE TABLE t (id int);\nALTER TABLE t ADD CONSTRAINT t_id_check CHECK (id > 0);\nCREATE UNIQUE INDEX t_id_key ON t (id);";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(findings).isEmpty();
    }
}
