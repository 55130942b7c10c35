package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisallowDropConstraintRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowDropConstraintRule();
    }

    @Test
    void shouldNameTheConstraintAfterIfExists() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_total_check;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(lines(findings)).containsExactly(1);
        assertThat(findings.get(0).message()).contains("orders_total_check");
    }

    @Test
    void shouldIgnoreDroppedColumnsAndNewTables() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "ALTER TABLE orders DROP COLUMN status;\nCREATE TABLE t (id int CONSTRAINT t_id_check CHECK (id > 0));\nALTER TABLE t DROP CONSTRAINT t_id_check;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(findings).isEmpty();
    }
}
