package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisallowReplaceViewFunctionRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowReplaceViewFunctionRule();
    }

    @Test
    void shouldFlagAFunctionReplacement() {
        String change = "CREATE OR REPLACE FUNCTION total_of(id bigint) RETURNS numeric LANGUAGE sql AS $$ SELECT 1 $$;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(1);
        assertThat(findings.get(0).message()).contains("FUNCTION total_of");
    }

    @Test
    void shouldAcceptPlainCreates() {
        String change = "CREATE FUNCTION total_of_v2(id bigint) RETURNS numeric LANGUAGE sql AS $$ SELECT 1 $$;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
