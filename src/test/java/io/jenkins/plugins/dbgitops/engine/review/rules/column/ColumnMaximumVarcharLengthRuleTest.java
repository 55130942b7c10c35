package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnMaximumVarcharLengthRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new ColumnMaximumVarcharLengthRule();
    }

    @Test
    void shouldAcceptTheLimitItself() {
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE t (a varchar(2560), b char(255));")).isEmpty();
    }

    @Test
    void shouldReportLongerVarcharsInEveryForm() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of("number", 100), "",
                "CREATE TABLE t (a character varying(101));\nALTER TABLE t ADD COLUMN b varchar(500);");

        assertThat(lines(findings)).containsExactly(1, 2);
        assertThat(findings.get(1).message()).isEqualTo("The length of the VARCHAR column \"t\".\"b\" is bigger than 100.");
    }
}
