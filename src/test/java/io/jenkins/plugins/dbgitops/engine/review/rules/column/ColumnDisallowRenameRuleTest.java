package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnDisallowRenameRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new ColumnDisallowRenameRule();
    }

    @Test
    void shouldFlagRenameWithoutTheColumnKeyword() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "ALTER TABLE orders RENAME status TO state;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(lines(findings)).containsExactly(1);
        assertThat(findings.get(0).message()).contains("orders.status to state");
    }

    @Test
    void shouldFlagMySqlChangeThatRenames() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "ALTER TABLE orders CHANGE status state varchar(20);";

        List<Finding> findings = findings(SqlEngine.MYSQL, Map.of(), earlier, change);

        assertThat(lines(findings)).containsExactly(1);
        assertThat(findings.get(0).message()).contains("state");
    }

    @Test
    void shouldIgnoreChangeKeepingTheNameAndTableRenames() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "ALTER TABLE orders CHANGE status status varchar(40);\nALTER TABLE orders RENAME TO purchases;";

        List<Finding> findings = findings(SqlEngine.MARIADB, Map.of(), earlier, change);

        assertThat(findings).isEmpty();
    }
}
