package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisallowCharRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowCharRule();
    }

    @Test
    void shouldFlagCharacterOnItsLine() {
        String change = "CREATE TABLE t (\n  id bigint,\n  code character(3)\n);";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(3);
        assertThat(findings.get(0).message()).contains("t.code");
    }

    @Test
    void shouldIgnoreOtherColumnAlterations() {
        String change = "ALTER TABLE t ALTER COLUMN code SET DEFAULT 'x', ALTER COLUMN code DROP NOT NULL;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }

    @Test
    void shouldAcceptVaryingCharacter() {
        String change = "CREATE TABLE t (id bigint, code character varying(3), c2 varchar(2));";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
