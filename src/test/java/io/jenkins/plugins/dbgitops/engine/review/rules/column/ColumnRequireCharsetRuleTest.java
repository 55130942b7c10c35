package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnRequireCharsetRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new ColumnRequireCharsetRule();
    }

    @Test
    void shouldReportOnlyCharacterColumnsWithoutCharsetAtTheColumnLineLikeBytebase() {
        List<Finding> findings = findings(SqlEngine.MYSQL,
                "CREATE TABLE t (\n  id int,\n  a varchar(20) CHARSET utf8mb4,\n  b text\n);\n"
                        + "ALTER TABLE t ADD COLUMN c char(3), MODIFY COLUMN d char(3);");

        assertThat(lines(findings)).containsExactly(4, 6);
        assertThat(findings.get(0).message()).startsWith("Column t.b has no character set");
    }

    @Test
    void shouldIgnoreNumericJsonAndEnumColumnsLikeBytebase() {
        assertThat(findings(SqlEngine.MARIADB,
                "ALTER TABLE t ADD COLUMN n decimal(10,2), ADD COLUMN j json, ADD COLUMN e enum('a', 'b');")).isEmpty();
    }
}
