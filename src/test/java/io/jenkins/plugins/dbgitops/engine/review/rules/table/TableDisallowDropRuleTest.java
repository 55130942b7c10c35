package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableDisallowDropRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new TableDisallowDropRule();
    }

    @Test
    void shouldFlagEachExistingTableOfAMultiTableDrop() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);\nCREATE TABLE scratch (id int);";
        String change = "DROP TABLE IF EXISTS orders, scratch;";

        List<Finding> findings = findings(SqlEngine.MYSQL, Map.of(), earlier, change);

        assertThat(lines(findings)).containsExactly(1, 1);
        assertThat(findings.get(0).message()).contains("orders");
    }

    @Test
    void shouldExemptATableCreatedInTheSameChange() {
        String change = "CREATE TABLE scratch (id int);\nDROP TABLE scratch;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
