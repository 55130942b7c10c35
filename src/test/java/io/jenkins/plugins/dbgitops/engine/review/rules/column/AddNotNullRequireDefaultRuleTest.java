package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddNotNullRequireDefaultRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new AddNotNullRequireDefaultRule();
    }

    @Test
    void shouldFlagANotNullColumnWithoutDefaultOnItsLine() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "ALTER TABLE orders ADD COLUMN id2 bigint,\n  ADD COLUMN tenant_id bigint NOT NULL;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).contains("tenant_id");
    }

    @Test
    void shouldAcceptSerialColumns() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "ALTER TABLE orders ADD COLUMN seq bigserial NOT NULL;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(findings).isEmpty();
    }

    @Test
    void shouldAcceptGeneratedColumnsAndNewTables() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "ALTER TABLE orders ADD COLUMN total_cents bigint NOT NULL GENERATED ALWAYS AS (total * 100) STORED;\nCREATE TABLE users (id bigint PRIMARY KEY);\nALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(findings).isEmpty();
    }
}
