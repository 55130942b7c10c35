package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequireStatementTimeoutRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new RequireStatementTimeoutRule();
    }

    @Test
    void shouldAcceptSetConfig() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "SELECT set_config('statement_timeout', '5min', false);\nALTER TABLE orders ADD COLUMN a int;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(findings).isEmpty();
    }

    @Test
    void shouldNotCountLockTimeout() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "SET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN a int;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).contains("statement_timeout");
    }
}
