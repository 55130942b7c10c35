package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreferBigintRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new PreferBigintRule();
    }

    @Test
    void shouldFlagSmallintAndIntegerColumns() {
        String change = "CREATE TABLE t (\n  id integer,\n  kind smallint,\n  n bigint\n);";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(2, 3);
    }

    @Test
    void shouldReportOnlyThePayloadsTypes() {
        String change = "CREATE TABLE t (id integer, kind smallint);";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of("list", List.of("smallint")), "", change);

        assertThat(lines(findings)).containsExactly(1);
        assertThat(findings.get(0).message()).contains("kind");
    }
}
