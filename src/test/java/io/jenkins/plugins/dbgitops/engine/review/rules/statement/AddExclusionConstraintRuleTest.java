package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddExclusionConstraintRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new AddExclusionConstraintRule();
    }

    @Test
    void shouldFlagAnUnnamedExclusionConstraint() {
        String earlier = "CREATE TABLE bookings (id bigint PRIMARY KEY, during tstzrange);";
        String change = "ALTER TABLE bookings\n  ADD EXCLUDE USING gist (during WITH &&);";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).contains("bookings");
    }

    @Test
    void shouldExemptANewTable() {
        String change = "CREATE TABLE bookings (id bigint PRIMARY KEY, during tstzrange);\nALTER TABLE bookings ADD CONSTRAINT no_overlap EXCLUDE USING gist (during WITH &&);";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
