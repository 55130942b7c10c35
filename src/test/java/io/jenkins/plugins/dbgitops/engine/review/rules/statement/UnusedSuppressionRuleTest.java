package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnusedSuppressionRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new UnusedSuppressionRule();
    }

    @Test
    void shouldReportAnUnknownRuleAtTheComment() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL,
                "SELECT 1;\n  -- dbgitops:ignore table.requir-pk legacy table\nCREATE TABLE t (id int);");

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.line()).isEqualTo(2);
            assertThat(finding.column()).isEqualTo(6);
            assertThat(finding.message()).isEqualTo(UnusedSuppressionRule.unknownRule("table.requir-pk"));
        });
    }

    @Test
    void shouldAcceptAnExplainedSuppressionOfAnInactiveRule() {
        assertThat(findings(SqlEngine.MYSQL,
                "CREATE TABLE t (id int); -- dbgitops:ignore table.require-pk staging copy, dropped next release"))
                .isEmpty();
    }
}
