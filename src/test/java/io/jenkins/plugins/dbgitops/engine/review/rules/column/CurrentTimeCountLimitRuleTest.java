package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurrentTimeCountLimitRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new CurrentTimeCountLimitRule();
    }

    @Test
    void shouldReportTheThirdDefaultColumnAtItsLineLikeBytebase() {
        List<Finding> findings = findings(SqlEngine.MYSQL, "CREATE TABLE t (\n  a timestamp default now(),\n"
                + "  b timestamp default current_timestamp(),\n  c timestamp default localtime\n);");

        assertThat(lines(findings)).containsExactly(4);
        assertThat(findings.get(0).message()).startsWith("Table t has 3 DEFAULT CURRENT_TIMESTAMP columns");
    }

    @Test
    void shouldCountAddedColumnsAcrossStatementsLikeBytebase() {
        assertThat(lines(findings(SqlEngine.MARIADB,
                "ALTER TABLE tech_book ADD COLUMN a timestamp default now() on update localtime;\n"
                        + "ALTER TABLE tech_book ADD COLUMN b timestamp default current_timestamp() on update localtimestamp();")))
                .containsExactly(2);
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE t (a timestamp, b timestamp);")).isEmpty();
    }
}
