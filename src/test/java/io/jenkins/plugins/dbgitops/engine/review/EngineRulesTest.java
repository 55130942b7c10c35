package io.jenkins.plugins.dbgitops.engine.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.engine.sql.SqlParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules the engine reports itself: in every registry, flagged in their definitions, and reported. */
class EngineRulesTest {
    private static final RuleRegistry REGISTRY = RuleRegistry.load();

    private static List<Finding> unusedSuppressions(SqlEngine engine, String sql) {
        RuleConfig config = new RuleConfig(EngineRules.UNUSED_SUPPRESSION, Level.WARNING, Map.of());
        ReviewEngine review = ReviewEngine.create(engine, List.of(config), REGISTRY, SqlParser.withDefaults());
        return review.review(List.of(), List.of(ReviewFile.ddl("V2__change.sql", sql)), false).findings().stream()
                .filter(finding -> finding.ruleId().equals(EngineRules.UNUSED_SUPPRESSION.id())).toList();
    }

    @Test
    void shouldReportAnUnknownRuleAtTheComment() {
        List<Finding> findings = unusedSuppressions(SqlEngine.POSTGRESQL,
                "SELECT 1;\n  -- dbgitops:ignore table.requir-pk legacy table\nCREATE TABLE t (id int);");

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.line()).isEqualTo(2);
            assertThat(finding.column()).isEqualTo(6);
            assertThat(finding.message()).isEqualTo(EngineRules.unknownRule("table.requir-pk"));
        });
    }

    @Test
    void shouldAcceptAnExplainedSuppressionOfAnInactiveRule() {
        assertThat(unusedSuppressions(SqlEngine.MYSQL,
                "CREATE TABLE t (id int); -- dbgitops:ignore table.require-pk staging copy, dropped next release"))
                .isEmpty();
    }

    @Test
    void shouldReportTheDocumentedExamplesAsDocumented() {
        assertThat(unusedSuppressions(SqlEngine.POSTGRESQL, EngineRules.UNUSED_SUPPRESSION.failing())).isNotEmpty();
        assertThat(unusedSuppressions(SqlEngine.POSTGRESQL, EngineRules.UNUSED_SUPPRESSION.passing())).isEmpty();
    }

    @Test
    void shouldBeInEveryRegistryWithoutARuleAndFlagged() {
        RuleRegistry empty = RuleRegistry.of(List::of);

        assertThat(empty.find(EngineRules.UNUSED_SUPPRESSION.id())).contains(EngineRules.UNUSED_SUPPRESSION);
        assertThat(EngineRules.UNUSED_SUPPRESSION.reportedByEngine()).isTrue();
        assertThat(REGISTRY.newRules()).noneMatch(rule -> rule.definition().reportedByEngine());
        assertThat(REGISTRY.definitions()).filteredOn(RuleDefinition::alwaysOn).extracting(RuleDefinition::id)
                .containsExactlyInAnyOrder("builtin.walk-through-check", "statement.syntax-error",
                        "statement.unused-suppression");
    }
}
