package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnCurrentTimeCountLimitRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new ColumnCurrentTimeCountLimitRule();
    }

    @Test
    void shouldAcceptTwoDefaultsAndOneOnUpdate() {
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE t (a timestamp DEFAULT NOW(), b datetime DEFAULT"
                + " CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP, c datetime);")).isEmpty();
    }

    @Test
    void shouldCountAcrossStatementsOfTheFile() {
        String sql = "CREATE TABLE t (a timestamp DEFAULT CURRENT_TIMESTAMP, b timestamp DEFAULT CURRENT_TIMESTAMP);\n"
                + "ALTER TABLE t ADD COLUMN c timestamp DEFAULT CURRENT_TIMESTAMP;";

        List<Finding> findings = findings(SqlEngine.MYSQL, sql);

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message())
                .isEqualTo("Table `t` has 3 DEFAULT CURRENT_TIMESTAMP() columns. The count greater than 2.");
    }

    @Test
    void shouldReportAtTheLastCountedColumnWhenTheFileEnds() {
        // Bytebase mysql/test/column_current_time_count_limit.yaml
        List<Finding> findings = findings(SqlEngine.MYSQL, "CREATE TABLE t(\n  a timestamp default now(),\n"
                + "  b timestamp default current_timestamp(),\n  c timestamp default localtime\n);");

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.line()).isEqualTo(4);
            assertThat(finding.message()).isEqualTo("Table `t` has 3 DEFAULT CURRENT_TIMESTAMP() columns."
                    + " The count greater than 2.");
        });
    }
}
