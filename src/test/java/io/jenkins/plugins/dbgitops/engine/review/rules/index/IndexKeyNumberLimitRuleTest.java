package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexKeyNumberLimitRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new IndexKeyNumberLimitRule();
    }

    @Test
    void shouldAcceptFiveColumns() {
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE t (a int, b int, c int, d int, e int, PRIMARY KEY (a, b, c, d, e));"))
                .isEmpty();
    }

    @Test
    void shouldReportWideKeysOfCreateAndAlterTable() {
        List<Finding> findings = findings(SqlEngine.MYSQL, Map.of("number", 2), "",
                "CREATE TABLE t (a int, b int, c int,\n UNIQUE KEY uk_t (a, b, c));\nALTER TABLE t ADD INDEX idx_t (a, b, c);");

        assertThat(lines(findings)).containsExactly(2, 3);
        assertThat(findings.get(1).message())
                .isEqualTo("The number of index `idx_t` in table `t` should be not greater than 2, but it has "
                        + "3 columns.");
    }
}
