package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisallowDropObjectRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowDropObjectRule();
    }

    @Test
    void shouldFlagFunctionsAndPolicies() {
        String change = "DROP FUNCTION IF EXISTS total_of(bigint);\nDROP POLICY tenant_isolation ON orders;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(1, 2);
        assertThat(findings.get(0).message()).contains("function total_of");
    }

    @Test
    void shouldReportIndexesOnlyWhenThePayloadListsThem() {
        String change = "DROP INDEX idx_orders_status;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of("list", List.of("index")), "", change);

        assertThat(lines(findings)).containsExactly(1);
        assertThat(findings.get(0).message()).contains("index");
    }

    @Test
    void shouldFlagMariaDbProcedures() {
        String change = "DROP PROCEDURE IF EXISTS close_orders;";

        List<Finding> findings = findings(SqlEngine.MARIADB, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(1);
        assertThat(findings.get(0).message()).contains("procedure close_orders");
    }

    @Test
    void shouldIgnoreTablesAndUnlistedKinds() {
        String change = "DROP TABLE orders;\nDROP INDEX idx_orders_status;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
