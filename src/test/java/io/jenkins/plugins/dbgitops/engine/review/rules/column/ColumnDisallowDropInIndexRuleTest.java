package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnDisallowDropInIndexRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new ColumnDisallowDropInIndexRule();
    }

    @Test
    void shouldIgnoreUnknownTables() {
        assertThat(findings(SqlEngine.POSTGRESQL, "ALTER TABLE elsewhere DROP COLUMN a;")).isEmpty();
    }

    @Test
    void shouldReportColumnsOfIndexesAndKeysFromEarlierMigrations() {
        String earlier = "CREATE TABLE t (id int, a int, b int, PRIMARY KEY (id), KEY idx_t_a_b (a, b));";

        List<Finding> findings = findings(SqlEngine.MYSQL, Map.of(), earlier,
                "ALTER TABLE t DROP COLUMN b;\nALTER TABLE t DROP COLUMN id;");

        assertThat(lines(findings)).containsExactly(1, 2);
        assertThat(findings.get(0).message()).isEqualTo("Column `t`.`b` is part of index `idx_t_a_b` and cannot be dropped.");
        assertThat(findings.get(1).message()).contains("the primary key");
    }
}
