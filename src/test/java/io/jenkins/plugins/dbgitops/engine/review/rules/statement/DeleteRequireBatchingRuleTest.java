package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeleteRequireBatchingRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DeleteRequireBatchingRule();
    }

    private static final String SCHEMA = "CREATE TABLE events (id bigint PRIMARY KEY, tenant_id int, created_at timestamp);\n"
            + "CREATE INDEX idx_events_created ON events (created_at);";

    @Test
    void shouldAcceptRangesOnIndexedColumnsOfAKnownTable() {
        assertThat(findings(SqlEngine.POSTGRESQL, Map.of(), SCHEMA,
                "DELETE FROM events WHERE created_at < '2024-01-01' AND created_at >= '2023-12-01';\n"
                        + "DELETE FROM events WHERE id IN (SELECT id FROM events WHERE tenant_id = 3 LIMIT 1000);"))
                .isEmpty();
    }

    @Test
    void shouldFlagANonKeyPredicateOfAKnownTableButNotATableCreatedInTheChange() {
        List<Finding> findings = findings(SqlEngine.MYSQL, Map.of(), SCHEMA,
                "CREATE TABLE staging (id int PRIMARY KEY, v int);\nUPDATE staging SET v = 0;\n"
                        + "DELETE FROM events WHERE tenant_id = 3;\nDELETE FROM events WHERE tenant_id = 3 LIMIT 500;");

        assertThat(lines(findings)).containsExactly(3);
        assertThat(findings.get(0).message()).startsWith("DELETE of events is not bounded by a key range");
    }
}
