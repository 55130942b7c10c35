package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnTypeDisallowListRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new ColumnTypeDisallowListRule();
    }

    @Test
    void shouldAcceptOtherTypes() {
        assertThat(findings(SqlEngine.POSTGRESQL, "CREATE TABLE t (a jsonb, b text);")).isEmpty();
    }

    @Test
    void shouldReportTypeChangesAndConfiguredTypes() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of("list", List.of("JSON", "varchar(255)")), "",
                "ALTER TABLE t ALTER COLUMN a TYPE json;\nALTER TABLE t ADD COLUMN b VARCHAR(255);");

        assertThat(lines(findings)).containsExactly(1, 2);
        assertThat(findings.get(0).message()).isEqualTo("Disallow column type JSON but column \"t\".\"a\" is.");
    }
}
