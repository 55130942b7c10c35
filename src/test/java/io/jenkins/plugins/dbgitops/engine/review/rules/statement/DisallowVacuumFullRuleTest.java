package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisallowVacuumFullRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowVacuumFullRule();
    }

    @Test
    void shouldFlagFullInsideTheOptionList() {
        String change = "VACUUM (ANALYZE, FULL) orders;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(1);
    }

    @Test
    void shouldAcceptFullSwitchedOff() {
        String change = "VACUUM (FULL false, ANALYZE) orders;\nVACUUM orders;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
