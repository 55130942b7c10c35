package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisallowTruncateRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowTruncateRule();
    }

    @Test
    void shouldReportEachTableAndPartitionAsBytebaseDoes() {
        List<Finding> findings = findings(SqlEngine.MYSQL, "TRUNCATE TABLE a;\nINSERT INTO a VALUES (1);\n"
                + "TRUNCATE TABLE `tech book`;\nALTER TABLE sales TRUNCATE PARTITION p_jan, p_feb;\n"
                + "ALTER TABLE sales DROP PARTITION p_2024_q4;");

        assertThat(lines(findings)).containsExactly(1, 3, 4, 4);
        assertThat(findings.get(1).message()).startsWith("TRUNCATE TABLE \"tech book\" is not allowed: TRUNCATE auto-commits");
        assertThat(findings.get(2).message()).startsWith("ALTER TABLE \"sales\" TRUNCATE PARTITION \"p_jan\"");
    }

    @Test
    void shouldMatchPostgresqlFormsJsqlParserCannotParseButNotStrings() {
        assertThat(lines(findings(SqlEngine.POSTGRESQL,
                "SELECT 'TRUNCATE foo' AS x;\nTRUNCATE ONLY audit RESTART IDENTITY;"))).containsExactly(2);
    }
}
