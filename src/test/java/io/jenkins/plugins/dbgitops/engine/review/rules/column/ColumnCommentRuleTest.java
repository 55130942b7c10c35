package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnCommentRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new ColumnCommentRule();
    }

    @Test
    void shouldAcceptInlineMySqlComments() {
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE t (id int PRIMARY KEY COMMENT 'id');")).isEmpty();
    }

    @Test
    void shouldReportColumnsStillWithoutCommentAtFileEnd() {
        String sql = "CREATE TABLE t (\n  id int PRIMARY KEY,\n  name text\n);\nCOMMENT ON COLUMN t.id IS 'Identifier';";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, sql);

        assertThat(lines(findings)).containsExactly(3);
        assertThat(findings.get(0).message()).isEqualTo("Column \"t\".\"name\" requires comments.");
    }

    @Test
    void shouldReportTooLongComments() {
        List<Finding> findings = findings(SqlEngine.MYSQL, Map.of("maxLength", 10), "",
                "CREATE TABLE t (id int PRIMARY KEY COMMENT 'a rather long comment');");

        assertThat(findings).singleElement().extracting(Finding::message).asString().contains("within 10 characters");
    }
}
