package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisallowDdlRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowDdlRule();
    }

    @Test
    void shouldAcceptReadsAndWritesOfTheProtectedTable() {
        assertThat(findings(SqlEngine.POSTGRESQL, "SELECT * FROM dbgitops_history;")).isEmpty();
    }

    @Test
    void shouldReportEveryKindOfDdlOnConfiguredTables() {
        Map<String, Object> payload = Map.of("list", List.of("audit.events", "Legacy"));
        String sql = "CREATE INDEX idx_events_at ON audit.events (at);\nDROP TABLE legacy;\nTRUNCATE TABLE \"legacy\";\n"
                + "ALTER TABLE events ADD COLUMN note text;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, payload, "", sql);

        assertThat(lines(findings)).containsExactly(1, 2, 3);
        assertThat(findings.get(0).message()).isEqualTo("DDL is disallowed on table audit.events.");
    }
}
