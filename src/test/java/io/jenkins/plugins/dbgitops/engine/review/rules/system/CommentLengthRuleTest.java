package io.jenkins.plugins.dbgitops.engine.review.rules.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommentLengthRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new CommentLengthRule();
    }

    @Test
    void shouldApplyThePayloadLimitToPostgreSqlCommentsLikeBytebase() {
        Map<String, Object> payload = Map.of("number", 20);
        assertThat(findings(SqlEngine.POSTGRESQL, payload, "", "COMMENT ON COLUMN public.name IS 'is a column name';"))
                .isEmpty();
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, payload, "",
                "COMMENT ON TABLE t IS 'x';\nCOMMENT ON COLUMN public.name IS 'is a  to long column name';");
        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).startsWith("A comment of 25 characters exceeds the limit of 20");
    }

    @Test
    void shouldCheckMySqlTableColumnAndAlterComments() {
        Map<String, Object> payload = Map.of("number", 5);
        assertThat(lines(findings(SqlEngine.MYSQL, payload, "",
                "CREATE TABLE t (a int COMMENT 'hello') COMMENT = 'tbl';\nCREATE TABLE u (a int COMMENT 'too long');\n"
                        + "ALTER TABLE t COMMENT 'table t';\nALTER TABLE t ADD COLUMN b int COMMENT 'it''s ok';")))
                .containsExactly(2, 3, 4);
    }
}
