package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisallowRmTblCascadeRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowRmTblCascadeRule();
    }

    @Test
    void shouldFlagTruncateAndDropCascadeAsBytebaseDoes() {
        String change = "TRUNCATE TABLE tech_book CASCADE;\nDROP TABLE tech_book CASCADE;\nCREATE TABLE users (tenant_id integer REFERENCES tenants ON DELETE CASCADE, user_id integer NOT NULL, PRIMARY KEY (tenant_id, user_id));";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(1, 2);
    }

    @Test
    void shouldIgnoreCascadeInAComment() {
        String change = "CREATE TABLE users (tenant_id integer, user_id integer NOT NULL, PRIMARY KEY (tenant_id, user_id));\nCOMMENT ON TABLE users IS 'CASCADE COMMENT';";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
