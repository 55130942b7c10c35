package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequireLockTimeoutRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new RequireLockTimeoutRule();
    }

    @Test
    void shouldReportOnlyTheFirstLockingStatement() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "CREATE TABLE t (id int);\nALTER TABLE t ADD COLUMN a int;\nALTER TABLE orders ADD COLUMN a int;\nDROP INDEX idx_a;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(lines(findings)).containsExactly(3);
        assertThat(findings.get(0).message()).contains("lock_timeout");
    }

    @Test
    void shouldAcceptSetLocalAndSetConfig() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "SET LOCAL lock_timeout TO '2s';\nALTER TABLE orders ADD COLUMN a int;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(findings).isEmpty();
    }

    @Test
    void shouldExemptCommentsOnTablesCreatedInTheSameChange() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, note text);";
        String change = "CREATE TABLE customers (id bigint PRIMARY KEY, email text);\n"
                + "COMMENT ON TABLE customers IS 'People who buy';\n"
                + "COMMENT ON COLUMN customers.email IS 'Login';\n"
                + "COMMENT ON COLUMN orders.note IS 'Free text';";

        assertThat(lines(findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change))).containsExactly(4);
    }
}
