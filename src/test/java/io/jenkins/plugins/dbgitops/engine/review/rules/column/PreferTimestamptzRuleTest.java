package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreferTimestamptzRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new PreferTimestamptzRule();
    }

    @Test
    void shouldFlagTimestampWithoutTimeZone() {
        String change = "ALTER TABLE events ADD COLUMN seen_at timestamp without time zone;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(1);
        assertThat(findings.get(0).message()).contains("seen_at");
    }

    @Test
    void shouldAcceptTimestampWithTimeZone() {
        String change = "CREATE TABLE events (id bigint, a timestamp with time zone, b timestamptz(3), c date);";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
