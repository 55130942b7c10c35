package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisallowChangeTypeRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowChangeTypeRule();
    }

    @Test
    void shouldFlagTheShortTypeForm() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,2) USING total::numeric(12,2);";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(lines(findings)).containsExactly(1);
        assertThat(findings.get(0).message()).contains("orders.total");
    }

    @Test
    void shouldIgnoreOtherColumnChangesAndNewTables() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'new';\nCREATE TABLE t (id int);\nALTER TABLE t ALTER COLUMN id TYPE bigint;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(findings).isEmpty();
    }
}
