package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoForeignKeyRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new NoForeignKeyRule();
    }

    @Test
    void shouldAcceptPlainIndexesOnReferenceColumns() {
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE t (id int PRIMARY KEY, o_id int, KEY idx_t_o_id (o_id));"))
                .isEmpty();
    }

    @Test
    void shouldReportTableConstraintsAddedKeysAndUnparsedNotValidForms() {
        String sql = "CREATE TABLE t (\n  id int PRIMARY KEY,\n  o_id int,\n  FOREIGN KEY (o_id) REFERENCES o (id)\n);\n"
                + "ALTER TABLE t ADD CONSTRAINT fk_t FOREIGN KEY (o_id) REFERENCES o (id) NOT VALID;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, sql);

        assertThat(lines(findings)).containsExactly(4, 6);
        assertThat(findings.get(0).message()).isEqualTo("Foreign key is not allowed in the table \"t\".");
        assertThat(lines(findings(SqlEngine.MYSQL, "ALTER TABLE t ADD CONSTRAINT fk_t FOREIGN KEY (a) REFERENCES o (id);")))
                .containsExactly(1);
    }
}
