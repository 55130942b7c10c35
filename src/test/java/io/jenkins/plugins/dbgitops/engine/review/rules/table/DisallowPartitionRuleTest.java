package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import org.junit.jupiter.api.Test;

class DisallowPartitionRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowPartitionRule();
    }

    @Test
    void shouldIgnoreTheWordPartitionInNamesAndStrings() {
        assertThat(findings(SqlEngine.POSTGRESQL, "CREATE TABLE partition_log (note text DEFAULT 'PARTITION BY x');"))
                .isEmpty();
    }

    @Test
    void shouldReportMySqlAndPostgresqlPartitioning() {
        assertThat(lines(findings(SqlEngine.MYSQL, "CREATE TABLE t (id int)\nPARTITION BY RANGE (id)"
                + " (PARTITION p0 VALUES LESS THAN (10));\nALTER TABLE t ADD PARTITION (PARTITION p1 VALUES LESS THAN (20));")))
                .containsExactly(1, 3);
        assertThat(lines(findings(SqlEngine.POSTGRESQL,
                "CREATE TABLE t_1 PARTITION OF t FOR VALUES FROM (1) TO (10);\n"
                        + "ALTER TABLE t ATTACH PARTITION t_2 FOR VALUES FROM (10) TO (20);"))).containsExactly(1, 2);
    }
}
