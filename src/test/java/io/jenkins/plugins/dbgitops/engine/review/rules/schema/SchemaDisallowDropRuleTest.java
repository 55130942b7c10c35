package io.jenkins.plugins.dbgitops.engine.review.rules.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaDisallowDropRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new SchemaDisallowDropRule();
    }

    @Test
    void shouldFlagDropSchemaOnItsLine() {
        String change = "CREATE TABLE t (id int);\nDROP SCHEMA IF EXISTS reporting;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).contains("reporting");
    }

    @Test
    void shouldIgnoreDroppingATable() {
        String change = "DROP TABLE IF EXISTS reporting.t;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
