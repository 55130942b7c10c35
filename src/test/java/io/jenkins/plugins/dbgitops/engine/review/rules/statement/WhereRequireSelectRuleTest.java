package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import org.junit.jupiter.api.Test;

class WhereRequireSelectRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new WhereRequireSelectRule();
    }

    @Test
    void shouldFlagASubqueryWithoutWhereAsBytebaseDoes() {
        assertThat(lines(findings(SqlEngine.POSTGRESQL,
                "SELECT a FROM t WHERE a > 0;\nSELECT a FROM t WHERE a > (SELECT max(id) FROM users);")))
                .containsExactly(2);
    }

    @Test
    void shouldAcceptSelectWithoutFrom() {
        assertThat(findings(SqlEngine.MYSQL, "SELECT 1;")).isEmpty();
        assertThat(findings(SqlEngine.POSTGRESQL, "SELECT now();")).isEmpty();
    }

    @Test
    void shouldReportTheSubqueryAtItsOwnLineOnMySqlAsBytebaseDoes() {
        String sql = "CREATE TABLE book(id INT);\nSELECT id\nFROM book\nWHERE id > (\n  SELECT max(id)\n  FROM book\n  );";

        assertThat(findings(SqlEngine.MYSQL, sql)).singleElement().satisfies(finding -> {
            assertThat(finding.line()).isEqualTo(5);
            assertThat(finding.column()).isEqualTo(3);
        });
    }
}
