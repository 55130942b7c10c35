package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoSelectAllRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new NoSelectAllRule();
    }

    @Test
    void shouldFlagSelectAllInASubqueryOnceAtItsLine() {
        // Bytebase: SELECT a, b FROM (SELECT * from t1, t2) t is flagged
        List<Finding> findings = findings(SqlEngine.POSTGRESQL,
                "SELECT a, b FROM t;\nSELECT a, b FROM (SELECT * FROM t1, t2) t;");

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).contains("uses SELECT all");
    }

    @Test
    void shouldFlagQualifiedStarAndAcceptCountStar() {
        assertThat(lines(findings(SqlEngine.MYSQL, "SELECT o.* FROM orders o WHERE o.id = 1;"))).containsExactly(1);
        assertThat(findings(SqlEngine.MYSQL, "SELECT count(*) FROM orders WHERE id > 1;")).isEmpty();
    }

    @Test
    void shouldReportEachSelectBlockAtItsLineOnMySqlAsBytebaseDoes() {
        assertThat(lines(findings(SqlEngine.MYSQL, "SELECT a, b FROM t;\nSELECT * FROM t1\nUNION\nSELECT * FROM t2;")))
                .containsExactly(2, 4);
        assertThat(lines(findings(SqlEngine.MYSQL,
                "SELECT a, b FROM t;\nSELECT * FROM t;\nSELECT a, b FROM (SELECT * from t1 JOIN t2) t;")))
                .containsExactly(2, 3);
    }

    @Test
    void shouldReportAMultiLineUnionOnceOnPostgresql() {
        assertThat(lines(findings(SqlEngine.POSTGRESQL, "SELECT * FROM t1\nUNION\nSELECT * FROM t2;"))).containsExactly(1);
    }
}
