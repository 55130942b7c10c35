package io.jenkins.plugins.dbgitops.engine.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.policy.ReviewPolicy;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.engine.sql.SqlParser;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuppressionTest {
    private static final RuleRegistry REGISTRY = RuleRegistry.load();
    /** Only the rules these tests are about, so rules added later do not change the expected findings. */
    private static final List<RuleConfig> CONFIGS = ReviewPolicy.prod(REGISTRY).configs().stream()
            .filter(config -> Set.of("builtin.walk-through-check", "statement.syntax-error",
                    "statement.unused-suppression", "table.require-pk").contains(config.definition().id())).toList();
    private static final String HISTORY = "CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);\n";

    @Test
    void shouldSilenceTheFindingsOfTheNextStatementOnly() {
        ReviewResult result = review("-- dbgitops:ignore builtin.walk-through-check column added by the ORM\n"
                + "ALTER TABLE orders DROP COLUMN legacy;\n"
                + "ALTER TABLE orders DROP COLUMN legacy_two;\n");

        assertThat(result.findings()).extracting(Finding::ruleId, Finding::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("builtin.walk-through-check", 3));
        assertThat(result.suppressed()).isEqualTo(1);
    }

    @Test
    void shouldSilenceAStatementFromACommentAtTheEndOfItsLastLine() {
        ReviewResult result = review("ALTER TABLE orders\n  DROP COLUMN legacy; -- dbgitops:ignore"
                + " builtin.walk-through-check,table.require-pk dropped by hand in production\n"
                + "ALTER TABLE orders DROP COLUMN legacy_two;\n");

        assertThat(result.findings()).extracting(Finding::ruleId, Finding::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("statement.unused-suppression", 2),
                org.assertj.core.groups.Tuple.tuple("builtin.walk-through-check", 3));
    }

    @Test
    void shouldSilenceTheWholeFileFromItsHeader() {
        ReviewResult result = review("-- dbgitops:ignore-file builtin.walk-through-check generated from a dump\n"
                + "ALTER TABLE orders DROP COLUMN legacy;\nALTER TABLE orders DROP COLUMN legacy_two;\n");

        assertThat(result.findings()).isEmpty();
        assertThat(result.suppressed()).isEqualTo(2);
    }

    @Test
    void shouldReportUnusedUnexplainedAndUnknownSuppressions() {
        ReviewResult result = review("-- dbgitops:ignore builtin.walk-through-check\n"
                + "ALTER TABLE orders DROP COLUMN total;\n"
                + "-- dbgitops:ignore statement.no-such-rule because\n"
                + "SELECT 1;\n"
                + "SELECT 2; -- dbgitops:ignore table.require-pk nothing to silence here\n");

        assertThat(result.findings()).extracting(Finding::line, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, EngineRules.noReason()),
                org.assertj.core.groups.Tuple.tuple(1, EngineRules.unused("builtin.walk-through-check", false)),
                org.assertj.core.groups.Tuple.tuple(3, EngineRules.unknownRule("statement.no-such-rule")),
                org.assertj.core.groups.Tuple.tuple(5, EngineRules.unused("table.require-pk", false)));
    }

    @Test
    void shouldReadBlockCommentSuppressionsUpToTheirEnd() {
        ReviewResult result = review("/* dbgitops:ignore builtin.walk-through-check added by hand */ ALTER TABLE orders"
                + " DROP COLUMN legacy;\n");

        assertThat(result.findings()).isEmpty();
        assertThat(result.suppressed()).isEqualTo(1);
    }

    private static ReviewResult review(String sql) {
        ReviewEngine engine = ReviewEngine.create(SqlEngine.POSTGRESQL, CONFIGS, REGISTRY,
                SqlParser.withDefaults());
        return engine.review(List.of(ReviewFile.ddl("V1__orders.sql", HISTORY)),
                List.of(ReviewFile.ddl("V2__change.sql", sql)), true);
    }
}
