package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableDisallowSetCharsetRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new TableDisallowSetCharsetRule();
    }

    @Test
    void shouldReportConvertToCharacterSetAtItsLine() {
        List<Finding> findings = findings(SqlEngine.MYSQL,
                "CREATE TABLE employee (\n  id int PRIMARY KEY\n);\nALTER TABLE employee CONVERT TO CHARACTER SET utf8;");

        assertThat(lines(findings)).containsExactly(4);
        assertThat(findings.get(0).message()).startsWith("Table employee sets character set utf8");
    }

    @Test
    void shouldAcceptAColumnCharsetAndACommentMentioningCharset() {
        assertThat(findings(SqlEngine.MYSQL,
                "CREATE TABLE t (a varchar(20) CHARSET ascii) COMMENT = 'CHARSET utf8';")).isEmpty();
    }

    @Test
    void shouldReportADefaultCharacterSetClauseOfAlterTable() {
        assertThat(lines(findings(SqlEngine.MARIADB, "ALTER TABLE t DEFAULT CHARACTER SET = latin1;")))
                .containsExactly(1);
    }
}
