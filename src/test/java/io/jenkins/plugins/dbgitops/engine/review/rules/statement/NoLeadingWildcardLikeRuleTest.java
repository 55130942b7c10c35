package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import org.junit.jupiter.api.Test;

class NoLeadingWildcardLikeRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new NoLeadingWildcardLikeRule();
    }

    @Test
    void shouldReportOneFindingPerStatementEvenWithTwoPatterns() {
        // Bytebase: both LIKEs lead with %, one advice
        assertThat(lines(findings(SqlEngine.POSTGRESQL,
                "SELECT a FROM t WHERE a LIKE 'abc%';\n"
                        + "SELECT a FROM (SELECT a FROM t WHERE a LIKE '%acc' OR a LIKE '%abc') t1;")))
                .containsExactly(2);
    }

    @Test
    void shouldLookIntoSubqueriesOfConditions() {
        assertThat(lines(findings(SqlEngine.MYSQL,
                "DELETE FROM t WHERE id IN (SELECT id FROM u WHERE name LIKE '%x');"))).containsExactly(1);
        assertThat(findings(SqlEngine.MYSQL, "SELECT a FROM t WHERE a LIKE 'x%y%';")).isEmpty();
    }

    @Test
    void shouldReportEachLikeAtItsLineOnMySqlAsBytebaseDoes() {
        assertThat(lines(findings(SqlEngine.MYSQL,
                "CREATE TABLE t (id INT, a VARCHAR(255));\nSELECT *\nFROM t\nWHERE a LIKE '%acc'\n  OR a LIKE '%abc';")))
                .containsExactly(4, 5);
        assertThat(lines(findings(SqlEngine.MYSQL, "CREATE TABLE t (id INT, a VARCHAR(255));\nSELECT * FROM\n  (\n"
                + "  SELECT * FROM t\n  WHERE a LIKE '%acc'\n    OR a LIKE '%abc'\n  ) t1;"))).containsExactly(5, 6);
    }
}
