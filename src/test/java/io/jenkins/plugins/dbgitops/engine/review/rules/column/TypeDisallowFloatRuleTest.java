package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeDisallowFloatRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new TypeDisallowFloatRule();
    }

    @Test
    void shouldReportFloatingTypesOfAlterTableAtTheirLine() {
        List<Finding> findings = findings(SqlEngine.MYSQL,
                "CREATE TABLE p (id int, amount decimal(10, 2));\nALTER TABLE p ADD COLUMN fee float(10, 2), MODIFY rate DOUBLE;");

        assertThat(lines(findings)).containsExactly(2, 2);
        assertThat(findings.get(0).message()).startsWith("Column p.fee is float");
        assertThat(lines(findings(SqlEngine.POSTGRESQL, "ALTER TABLE p ALTER COLUMN amount TYPE real;"))).containsExactly(1);
    }

    @Test
    void shouldAcceptExactTypesAndAColumnNamedFloat() {
        assertThat(findings(SqlEngine.POSTGRESQL, "CREATE TABLE p (\"float\" numeric, amount bigint);")).isEmpty();
    }
}
