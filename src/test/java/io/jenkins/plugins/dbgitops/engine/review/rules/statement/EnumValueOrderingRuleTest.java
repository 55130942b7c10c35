package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnumValueOrderingRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new EnumValueOrderingRule();
    }

    @Test
    void shouldFlagAddValueIfNotExists() {
        String change = "ALTER TYPE status ADD VALUE IF NOT EXISTS 'archived';";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(1);
        assertThat(findings.get(0).message()).contains("status");
    }

    @Test
    void shouldAcceptAfterAndOtherTypeChanges() {
        String change = "ALTER TYPE status ADD VALUE 'archived' AFTER 'done';\nALTER TYPE status RENAME VALUE 'done' TO 'finished';";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
