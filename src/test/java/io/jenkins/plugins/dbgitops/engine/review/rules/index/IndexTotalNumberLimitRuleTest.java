package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexTotalNumberLimitRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new IndexTotalNumberLimitRule();
    }

    @Test
    void shouldNotCountForeignKeys() {
        assertThat(findings(SqlEngine.MYSQL, Map.of("number", 1), "",
                "CREATE TABLE t (id int PRIMARY KEY, o int, FOREIGN KEY (o) REFERENCES o (id));")).isEmpty();
    }

    @Test
    void shouldReportTheStatementThatCrossesTheLimit() {
        String earlier = "CREATE TABLE t (id int PRIMARY KEY, a int, b int);\nCREATE INDEX idx_t_a ON t (a);";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of("number", 2), earlier,
                "CREATE INDEX idx_t_b ON t (b);");

        assertThat(lines(findings)).containsExactly(1);
        assertThat(findings.get(0).message()).isEqualTo("The count of index in table \"t\" should be no more than 2, but found 3.");
    }
}
