package io.jenkins.plugins.dbgitops.engine.review.rules.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackwardCompatibilityRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new BackwardCompatibilityRule();
    }

    @Test
    void shouldExemptTablesCreatedInTheSameChange() {
        String sql = "CREATE TABLE t (id int PRIMARY KEY, a int);\nALTER TABLE t DROP COLUMN a;\n"
                + "ALTER TABLE t ADD CONSTRAINT uk_t_id UNIQUE (id);\nDROP TABLE t;";

        assertThat(findings(SqlEngine.POSTGRESQL, sql)).isEmpty();
    }

    @Test
    void shouldReportEveryMySqlColumnRedefinition() {
        // Bytebase mysql/test/schema_backward_compatibility.yaml
        List<Finding> findings = findings(SqlEngine.MYSQL, "ALTER TABLE tech_book CHANGE name f2 TEXT;\n"
                + "ALTER TABLE tech_book MODIFY name TEXT NULL;\nALTER TABLE tech_book MODIFY name TEXT COMMENT 'bla';");

        assertThat(lines(findings)).containsExactly(1, 2, 3);
        assertThat(findings.get(0).message()).isEqualTo("\"ALTER TABLE tech_book CHANGE name f2 TEXT\" may cause"
                + " incompatibility with the existing data and code: it redefines a column.");
    }

    @Test
    void shouldReportPostgresqlBreakingChangesIncludingUnparsedOnes() {
        String earlier = "CREATE TABLE orders (id int PRIMARY KEY, a int, b text);";
        String sql = "ALTER TABLE orders ALTER COLUMN a TYPE bigint;\nALTER TABLE orders ALTER COLUMN b SET NOT NULL;\n"
                + "ALTER TABLE orders ADD CONSTRAINT ck CHECK (a > 0) NOT VALID;\nCREATE UNIQUE INDEX uk ON orders (b);\n"
                + "ALTER TABLE orders ADD COLUMN c int;\nDROP SCHEMA sales;";

        assertThat(lines(findings(SqlEngine.POSTGRESQL, Map.of(), earlier, sql))).containsExactly(1, 2, 3, 4, 6);
    }

    @Test
    void shouldReportDroppedMaterializedViewsButNotPlainViews() {
        // Bytebase pg/test/schema_backward_compatibility.yaml: a plain view holds no data
        assertThat(lines(findings(SqlEngine.POSTGRESQL, "DROP VIEW IF EXISTS v;\nDROP MATERIALIZED VIEW mv;")))
                .containsExactly(2);
    }
}
