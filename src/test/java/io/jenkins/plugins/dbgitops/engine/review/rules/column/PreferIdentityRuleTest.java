package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreferIdentityRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new PreferIdentityRule();
    }

    @Test
    void shouldFlagSerialInAddColumn() {
        String change = "ALTER TABLE t ADD COLUMN seq serial;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(1);
        assertThat(findings.get(0).message()).contains("t.seq");
    }

    @Test
    void shouldAcceptIdentityAndPlainIntegers() {
        String change = "CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, n int);";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
