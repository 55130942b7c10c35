package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisallowMixInDmlRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowMixInDmlRule();
    }

    @Test
    void shouldFlagDdlInADmlFileAsBytebaseDoes() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, "-- dbgitops:type dml\n"
                + "ALTER TABLE tech_book ADD COLUMN author TEXT;\nUPDATE tech_book SET id = 1;\n"
                + "DELETE FROM tech_book WHERE a > 1;");

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).startsWith("Data change can only run DML");
    }

    @Test
    void shouldIgnoreDdlInADdlFileAndFlagUnparsedDdlInADmlFile() {
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE t (id int PRIMARY KEY);")).isEmpty();
        assertThat(lines(findings(SqlEngine.POSTGRESQL,
                "-- dbgitops:type dml\nDROP INDEX CONCURRENTLY IF EXISTS idx_a;"))).containsExactly(2);
    }
}
