package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisallowRemoveTableCascadeRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowRemoveTableCascadeRule();
    }

    @Test
    void shouldFlagTruncateAndDropWithCascadeAsBytebaseDoes() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, "TRUNCATE TABLE tech_book CASCADE;\n"
                + "DROP TABLE tech_book CASCADE;\n"
                + "CREATE TABLE users (tenant_id integer REFERENCES tenants ON DELETE CASCADE);");

        assertThat(lines(findings)).containsExactly(1, 2);
        assertThat(findings.get(0).message()).startsWith("The use of CASCADE is not permitted when removing a table");
    }

    @Test
    void shouldAcceptRestrictAndATableNamedCascadeLike() {
        assertThat(findings(SqlEngine.POSTGRESQL, "DROP TABLE cascade_log RESTRICT;\nTRUNCATE cascades;")).isEmpty();
    }
}
