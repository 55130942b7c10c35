package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisallowAdditiveChangeRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowAdditiveChangeRule();
    }

    @Test
    void shouldFlagAddedColumnsOfExistingTables() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "ALTER TABLE orders ADD COLUMN note text;\nALTER TYPE address ADD ATTRIBUTE zip text;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(lines(findings)).containsExactly(1, 2);
        assertThat(findings.get(0).message()).contains("orders");
    }

    @Test
    void shouldExemptNewTables() {
        String change = "CREATE TABLE t (id int);\nALTER TABLE t ADD COLUMN note text;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
