package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisallowLockTableRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowLockTableRule();
    }

    @Test
    void shouldFlagAnExplicitExclusiveMode() {
        String change = "BEGIN;\nLOCK TABLE orders IN SHARE ROW EXCLUSIVE MODE;\nCOMMIT;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(2);
    }

    @Test
    void shouldAcceptRowShareMode() {
        String change = "LOCK orders IN ROW SHARE MODE;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
