package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisallowClusterRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowClusterRule();
    }

    @Test
    void shouldFlagClusterOfTheWholeDatabaseOnItsLine() {
        String change = "SELECT 1;\nCLUSTER;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(2);
    }

    @Test
    void shouldIgnoreAColumnNamedCluster() {
        String change = "ALTER TABLE nodes ADD COLUMN cluster text;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
