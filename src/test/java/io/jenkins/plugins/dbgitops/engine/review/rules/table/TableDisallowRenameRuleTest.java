package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableDisallowRenameRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new TableDisallowRenameRule();
    }

    @Test
    void shouldFlagMySqlRenameTableForEachPair() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);\nCREATE TABLE customers (id bigint PRIMARY KEY);";
        String change = "RENAME TABLE orders TO purchases,\n  customers TO clients;";

        List<Finding> findings = findings(SqlEngine.MYSQL, Map.of(), earlier, change);

        assertThat(lines(findings)).containsExactly(1, 2);
        assertThat(findings.get(0).message()).contains("orders to purchases");
    }

    @Test
    void shouldIgnoreColumnRenamesAndNewTables() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "ALTER TABLE orders RENAME COLUMN status TO state;\nCREATE TABLE t (id int);\nALTER TABLE t RENAME TO u;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(findings).isEmpty();
    }
}
