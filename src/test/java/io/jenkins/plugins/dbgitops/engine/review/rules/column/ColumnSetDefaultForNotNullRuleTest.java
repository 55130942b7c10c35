package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnSetDefaultForNotNullRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new ColumnSetDefaultForNotNullRule();
    }

    @Test
    void shouldExemptKeysCountersGeneratedColumnsAndMySqlLobs() {
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE t (id int AUTO_INCREMENT NOT NULL, a int, b text NOT NULL,"
                + " c int NOT NULL GENERATED ALWAYS AS (a + 1), PRIMARY KEY (id));")).isEmpty();
        assertThat(findings(SqlEngine.POSTGRESQL, "CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,"
                + " k int NOT NULL, PRIMARY KEY (k));")).isEmpty();
    }

    @Test
    void shouldReportNotNullWithoutDefault() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL,
                "CREATE TABLE t (id int PRIMARY KEY);\nALTER TABLE t ADD COLUMN b text NOT NULL;");

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).isEqualTo("Column \"t\".\"b\" is NOT NULL but doesn't have DEFAULT.");
    }
}
