package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisallowDomainConstraintRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowDomainConstraintRule();
    }

    @Test
    void shouldFlagAddConstraintOnADomain() {
        String change = "\nALTER DOMAIN positive_int ADD CONSTRAINT positive CHECK (VALUE > 0) NOT VALID;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).contains("positive_int");
    }

    @Test
    void shouldIgnoreOtherDomainChanges() {
        String change = "ALTER DOMAIN positive_int SET DEFAULT 1;\nCREATE DOMAIN email AS text NOT NULL;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
