package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexNotRedundantRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new IndexNotRedundantRule();
    }

    @Test
    void shouldKeepUniquePrefixes() {
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE t (a int, b int, UNIQUE KEY uk_t_a (a), KEY idx_t_a_b (a, b));"))
                .isEmpty();
    }

    @Test
    void shouldReportPrefixesInEitherDirection() {
        String earlier = "CREATE TABLE t (id int PRIMARY KEY, a int, b int, c int);\nCREATE INDEX idx_t_a ON t (a);";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier,
                "CREATE INDEX idx_t_a_b ON t (a, b);\nCREATE INDEX idx_t_c ON t (c);");

        assertThat(lines(findings)).containsExactly(1);
        assertThat(findings.get(0).message())
                .isEqualTo("Redundant indexes with the same prefix (\"idx_t_a_b\" and \"idx_t_a\") in \"t\" "
                        + "are not allowed.");
        assertThat(lines(findings(SqlEngine.MYSQL, "CREATE TABLE t (a int, b int,\n KEY idx_ab (a, b),\n KEY idx_a (a));")))
                .containsExactly(3);
    }
}
