package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnDisallowDropRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new ColumnDisallowDropRule();
    }

    @Test
    void shouldFlagEveryDroppedColumnButNotConstraints() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "ALTER TABLE orders DROP COLUMN status,\n  DROP CONSTRAINT orders_total_check,\n  DROP total;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(lines(findings)).containsExactly(1, 3);
        assertThat(findings.get(0).message()).contains("orders.status");
    }

    @Test
    void shouldFlagMySqlDropColumn() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "ALTER TABLE orders DROP COLUMN status;";

        List<Finding> findings = findings(SqlEngine.MYSQL, Map.of(), earlier, change);

        assertThat(lines(findings)).containsExactly(1);
    }

    @Test
    void shouldIgnoreMySqlDropIndexAndNewTables() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "ALTER TABLE orders DROP INDEX idx_status, DROP PRIMARY KEY;\nCREATE TABLE t (id int, a int);\nALTER TABLE t DROP COLUMN a;";

        List<Finding> findings = findings(SqlEngine.MARIADB, Map.of(), earlier, change);

        assertThat(findings).isEmpty();
    }
}
