package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnRequireCollationRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new ColumnRequireCollationRule();
    }

    @Test
    void shouldReportCharacterColumnsWithoutCollationAtTheirStatementLine() {
        List<Finding> findings = findings(SqlEngine.MYSQL,
                "CREATE TABLE t (a varchar(20) COLLATE utf8mb4_bin);\nALTER TABLE t ADD COLUMN b tinytext;");

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).startsWith("Column t.b has no collation");
    }

    @Test
    void shouldIgnoreTemporalColumns() {
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE t (created_at datetime, d date);")).isEmpty();
    }
}
