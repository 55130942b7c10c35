package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisallowDuplicateColumnAssignmentRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowDuplicateColumnAssignmentRule();
    }

    @Test
    void shouldFlagQuotedDuplicatesOnMySql() {
        String change = "UPDATE orders SET `status` = 'a', note = 'b', status = 'c';";

        List<Finding> findings = findings(SqlEngine.MYSQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(1);
        assertThat(findings.get(0).message()).contains("status");
    }

    @Test
    void shouldAcceptDistinctColumns() {
        String change = "UPDATE orders SET status = 'a', note = 'b' WHERE id = 2;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
