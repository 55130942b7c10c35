package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexNoDuplicateColumnRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new IndexNoDuplicateColumnRule();
    }

    @Test
    void shouldAcceptDistinctColumns() {
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE t (a int, b int, PRIMARY KEY (a, b), UNIQUE KEY uk (b, a));"))
                .isEmpty();
    }

    @Test
    void shouldReportDuplicatesInKeysAndForeignKeysIgnoringCase() {
        String sql = "CREATE TABLE t (a int, b int,\n PRIMARY KEY (a, A),\n FOREIGN KEY (b, b) REFERENCES o (x, y));";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, sql);

        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).message()).isEqualTo("Primary key \"(unnamed)\" in table \"t\" has duplicate column \"A\".");
        assertThat(findings.get(1).message()).startsWith("Foreign key");
    }
}
