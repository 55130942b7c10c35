package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisallowAlterObjectOptionsRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowAlterObjectOptionsRule();
    }

    @Test
    void shouldFlagFunctionOptionsAndNoInherit() {
        String change = "ALTER FUNCTION total_of(bigint) SECURITY DEFINER;\nALTER TABLE orders_2024 NO INHERIT orders;\nALTER SYSTEM SET work_mem = '64MB';";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(1, 2, 3);
    }

    @Test
    void shouldIgnoreRenamesAndOwnerChanges() {
        String change = "ALTER FUNCTION total_of(bigint) OWNER TO app;\nALTER SEQUENCE s OWNED BY orders.id;\nALTER VIEW v OWNER TO app;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
