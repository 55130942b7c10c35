package io.jenkins.plugins.dbgitops.engine.review.rules.wholedatabase;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseDisallowDropRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DatabaseDisallowDropRule();
    }

    @Test
    void shouldFlagMySqlDropSchemaAsADatabase() {
        String change = "DROP SCHEMA analytics;";

        List<Finding> findings = findings(SqlEngine.MYSQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(1);
        assertThat(findings.get(0).message()).contains("analytics");
    }

    @Test
    void shouldLeaveDropSchemaToTheSchemaRuleOnPostgreSql() {
        String change = "DROP SCHEMA analytics;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
