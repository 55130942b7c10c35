package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableCommentRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new TableCommentRule();
    }

    @Test
    void shouldAcceptMySqlTableOptionComments() {
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE t (id int PRIMARY KEY) ENGINE=InnoDB COMMENT='Orders';"))
                .isEmpty();
    }

    @Test
    void shouldReportTablesWithoutCommentAndTooLongComments() {
        String sql = "CREATE TABLE a (id int PRIMARY KEY);\nCREATE TABLE b (id int PRIMARY KEY);\n"
                + "COMMENT ON TABLE a IS 'a comment that is too long';";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of("maxLength", 10), "", sql);

        assertThat(lines(findings)).containsExactly(2, 3);
        assertThat(findings).extracting(Finding::message).containsExactly("Comment is required for table `b`.",
                "Table `a` comment is too long. The length of comment should be within 10 characters.");
    }

    @Test
    void shouldTreatCommentIsNullAsNoComment() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, "CREATE TABLE a (id int PRIMARY KEY);\n"
                + "COMMENT ON TABLE a IS 'Orders';\nCOMMENT ON TABLE a IS NULL;\nCOMMENT ON TABLE older IS NULL;");

        assertThat(findings).extracting(Finding::message, Finding::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Comment is required for table `a`.", 1));
        assertThat(findings(SqlEngine.MARIADB, "CREATE TABLE b (id int PRIMARY KEY);")).extracting(Finding::message)
                .containsExactly("Table `b` requires comments.");
    }
}
