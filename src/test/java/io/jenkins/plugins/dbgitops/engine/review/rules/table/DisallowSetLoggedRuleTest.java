package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisallowSetLoggedRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowSetLoggedRule();
    }

    @Test
    void shouldFlagSetUnlogged() {
        String earlier = "CREATE TABLE events (id bigint PRIMARY KEY);";
        String change = "ALTER TABLE events SET UNLOGGED;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(lines(findings)).containsExactly(1);
        assertThat(findings.get(0).message()).contains("SET UNLOGGED rewrites events");
    }

    @Test
    void shouldExemptANewTable() {
        String change = "CREATE TABLE staging (id bigint PRIMARY KEY);\nALTER TABLE staging SET LOGGED;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
