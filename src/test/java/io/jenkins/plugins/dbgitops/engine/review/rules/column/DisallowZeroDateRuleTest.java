package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisallowZeroDateRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowZeroDateRule();
    }

    @Test
    void shouldReportTheZeroDateColumnAtItsLine() {
        List<Finding> findings = findings(SqlEngine.MYSQL, "CREATE TABLE t (\n  id int,\n  d date NOT NULL DEFAULT '0000-00-00'\n);");

        assertThat(lines(findings)).containsExactly(3);
        assertThat(findings.get(0).message()).startsWith("Column t.d defaults to a zero date");
    }

    @Test
    void shouldAcceptRealDatesAndZeroStringsInTextColumns() {
        assertThat(findings(SqlEngine.MARIADB, "CREATE TABLE t (d date DEFAULT '1970-01-01',"
                + " code varchar(10) DEFAULT '0000-00-00', ts timestamp DEFAULT CURRENT_TIMESTAMP);")).isEmpty();
    }
}
