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
    void shouldJudgeTheFinalCommentsOfTheFileAsBytebaseDoes() {
        // Bytebase pg/test/column_comment.yaml (maxLength 10 there)
        Map<String, Object> payload = Map.of("maxLength", 10);

        assertThat(findings(SqlEngine.POSTGRESQL, payload, "", "CREATE TABLE t(a int);\n"
                + "COMMENT ON COLUMN t.a IS 'comments';")).isEmpty();
        assertThat(findings(SqlEngine.POSTGRESQL, payload, "", "CREATE TABLE t(a int, d text);\n"
                + "COMMENT ON COLUMN t.a IS 'comments';")).extracting(Finding::message, Finding::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Comment is required for column `t.d`.", 1));
        assertThat(findings(SqlEngine.POSTGRESQL, payload, "", "CREATE TABLE t(a int);\n"
                + "COMMENT ON COLUMN t.a IS 'loooooooong comments';")).extracting(Finding::message, Finding::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Column `t.a` comment is too long. The length of"
                        + " comment should be within 10 characters.", 2));
        assertThat(findings(SqlEngine.POSTGRESQL, payload, "", "CREATE TABLE t(a int);\n"
                + "COMMENT ON COLUMN t.a IS 'loooooooong comments';\nCOMMENT ON COLUMN t.a IS NULL;"))
                .extracting(Finding::message).containsExactly("Comment is required for column `t.a`.");
    }

    @Test
    void shouldReportMySqlColumnsRedefinedWithoutComment() {
        List<Finding> findings = findings(SqlEngine.MYSQL, "ALTER TABLE t MODIFY COLUMN a int COMMENT 'kept';\n"
                + "ALTER TABLE t CHANGE COLUMN b c int;");

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).isEqualTo("Column `t`.`c` requires comments.");
    }

    @Test
    void shouldReportTooLongComments() {
        List<Finding> findings = findings(SqlEngine.MYSQL, Map.of("maxLength", 10), "",
                "CREATE TABLE t (id int PRIMARY KEY COMMENT 'a rather long comment');");

        assertThat(findings).singleElement().extracting(Finding::message).asString().contains("within 10 characters");
    }
}
