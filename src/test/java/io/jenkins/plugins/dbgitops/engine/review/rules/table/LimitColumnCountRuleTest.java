package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LimitColumnCountRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new LimitColumnCountRule();
    }

    @Test
    void shouldIgnoreAddingToUnknownTables() {
        assertThat(findings(SqlEngine.POSTGRESQL, Map.of("number", 1), "", "ALTER TABLE t ADD COLUMN a int;")).isEmpty();
    }

    @Test
    void shouldCountCatalogColumnsWhenAdding() {
        List<Finding> findings = findings(SqlEngine.MYSQL, Map.of("number", 3), "CREATE TABLE t (a int, b int);",
                "ALTER TABLE t ADD COLUMN c int;\nALTER TABLE t ADD COLUMN d int;");

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).isEqualTo("Table `t` has 4 columns, more than the limit of 3.");
    }
}
