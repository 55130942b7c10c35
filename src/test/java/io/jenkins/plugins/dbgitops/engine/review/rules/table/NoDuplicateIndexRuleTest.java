package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoDuplicateIndexRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new NoDuplicateIndexRule();
    }

    @Test
    void shouldAcceptTheSameColumnsInAnotherOrder() {
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE t (a int, b int, KEY k1 (a, b), KEY k2 (b, a));")).isEmpty();
    }

    @Test
    void shouldReportDuplicatesWithinTheStatementAndAgainstTheCatalog() {
        assertThat(lines(findings(SqlEngine.MYSQL, "CREATE TABLE t (\n  id int PRIMARY KEY,\n  a int,\n"
                + "  KEY idx_a (a),\n  UNIQUE KEY uk_a (a)\n);"))).containsExactly(5);

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "CREATE TABLE t (id int PRIMARY KEY, a int);",
                "CREATE INDEX idx_t_id ON t (id);");

        assertThat(findings).singleElement().extracting(Finding::message).isEqualTo(
                "\"t\" has duplicate index \"idx_t_id\": it covers the same columns (id) as \"PRIMARY\".");
    }
}
