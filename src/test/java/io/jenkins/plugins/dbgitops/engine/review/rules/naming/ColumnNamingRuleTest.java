package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnNamingRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new ColumnNamingRule();
    }

    @Test
    void shouldAcceptSnakeCaseColumnsAddedLater() {
        assertThat(findings(SqlEngine.POSTGRESQL, "ALTER TABLE t ADD COLUMN created_at timestamp;")).isEmpty();
    }

    @Test
    void shouldReportAddedRenamedAndChangedColumns() {
        String sql = "ALTER TABLE t ADD COLUMN createdAt timestamp;\nALTER TABLE t RENAME COLUMN a TO B;\n"
                + "ALTER TABLE t CHANGE a Bad_Name int;";

        List<Finding> findings = findings(SqlEngine.MYSQL, sql);

        assertThat(lines(findings)).containsExactly(1, 2, 3);
        assertThat(findings.get(0).message()).startsWith("`t`.`createdAt` mismatches column naming convention");
    }
}
