package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisallowNewAccessRestrictionRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowNewAccessRestrictionRule();
    }

    @Test
    void shouldFlagEnablingRowLevelSecurityAndPolicies() {
        String change = "ALTER TABLE orders ENABLE ROW LEVEL SECURITY;\nCREATE POLICY tenant ON orders USING (tenant_id = current_setting('app.tenant')::bigint);";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(1, 2);
    }

    @Test
    void shouldIgnoreGrantsAndHarmlessRoleChanges() {
        String change = "GRANT SELECT ON orders TO app;\nALTER ROLE app SET search_path = app, public;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
