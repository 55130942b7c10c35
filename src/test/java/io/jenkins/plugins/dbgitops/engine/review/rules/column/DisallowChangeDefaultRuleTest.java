package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisallowChangeDefaultRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowChangeDefaultRule();
    }

    @Test
    void shouldFlagDefaultsExpressionsAndIdentityChanges() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "ALTER TABLE orders ALTER COLUMN status DROP DEFAULT;\nALTER TABLE orders ALTER COLUMN total DROP EXPRESSION;\nALTER TABLE orders ALTER COLUMN id DROP IDENTITY IF EXISTS;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(lines(findings)).containsExactly(1, 2, 3);
        assertThat(findings.get(0).message()).contains("orders.");
    }

    @Test
    void shouldIgnoreTypeChangesAndNewTables() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "ALTER TABLE orders ALTER COLUMN total TYPE numeric;\nCREATE TABLE t (id int);\nALTER TABLE t ALTER COLUMN id SET DEFAULT 1;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(findings).isEmpty();
    }
}
