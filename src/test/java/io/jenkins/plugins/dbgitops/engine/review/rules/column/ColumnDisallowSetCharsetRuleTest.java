package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnDisallowSetCharsetRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new ColumnDisallowSetCharsetRule();
    }

    @Test
    void shouldReportEveryColumnWithACharsetLikeBytebase() {
        List<Finding> findings = findings(SqlEngine.MYSQL,
                "ALTER TABLE tech_book ADD COLUMN a varchar(20), ADD COLUMN b varchar(20);\n"
                        + "ALTER TABLE tech_book ADD COLUMN (c varchar(20) CHARSET ascii, d varchar(20) CHARSET ascii);\n"
                        + "ALTER TABLE tech_book ADD COLUMN e varchar(20) CHARSET ascii;\n"
                        + "ALTER TABLE tech_book MODIFY COLUMN id varchar(20) CHARACTER SET ascii;\n"
                        + "ALTER TABLE tech_book CHANGE COLUMN name name varchar(20) CHARSET ascii;");

        assertThat(lines(findings)).containsExactly(2, 2, 3, 4, 5);
        assertThat(findings.get(0).message()).startsWith("Column tech_book.c sets character set ascii");
    }

    @Test
    void shouldAcceptAJsonColumnWithACommentAndPosition() {
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE dt_relation_temp (objto int);\n"
                + "ALTER TABLE dt_relation_temp ADD COLUMN infos json null comment 'CHARSET' AFTER `objto`;"))
                .isEmpty();
    }
}
