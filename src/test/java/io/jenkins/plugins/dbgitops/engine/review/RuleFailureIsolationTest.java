package io.jenkins.plugins.dbgitops.engine.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.engine.sql.SqlParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rule that throws must cost only its own verdict on that statement, never the review. */
class RuleFailureIsolationTest {
    @Test
    void shouldReportABrokenRuleAsAFindingAndKeepReviewing() {
        RuleDefinition broken = TestDefinitions.definition("statement.broken-for-test");
        RuleDefinition counting = TestDefinitions.definition("statement.count-for-test");
        Rule throwing = new Rule() {
            @Override
            public RuleDefinition definition() {
                return broken;
            }

            @Override
            public void check(StatementContext statement, RuleContext rule) {
                if (statement.normalized().startsWith("UPDATE")) {
                    throw new ClassCastException("unexpected node");
                }
            }
        };
        Rule reporting = new Rule() {
            @Override
            public RuleDefinition definition() {
                return counting;
            }

            @Override
            public void check(StatementContext statement, RuleContext rule) {
                rule.report(statement);
            }
        };
        RuleRegistry registry = RuleRegistry.of(() -> List.of(throwing, reporting));
        ReviewEngine engine = ReviewEngine.create(SqlEngine.POSTGRESQL,
                List.of(RuleConfig.defaults(broken), RuleConfig.defaults(counting)), registry, SqlParser.withDefaults());

        ReviewResult result = engine.review(List.of(),
                List.of(ReviewFile.ddl("V1__x.sql", "SELECT 1;\nUPDATE t SET a = 1;\nSELECT 2;")), false);

        assertThat(result.findings()).filteredOn(finding -> finding.ruleId().equals(counting.id()))
                .extracting(Finding::line).containsExactly(1, 2, 3);
        assertThat(result.findings()).filteredOn(finding -> finding.ruleId().equals(broken.id()))
                .singleElement().satisfies(finding -> {
                    assertThat(finding.line()).isEqualTo(2);
                    assertThat(ReviewEngine.isRuleFailure(finding)).isTrue();
                    assertThat(finding.message())
                            .contains("ClassCastException");
                });
    }
}
