package io.jenkins.plugins.dbgitops.engine.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.policy.ReviewPolicy;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.engine.sql.SqlParser;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReviewEngineTest {
    private static final RuleRegistry REGISTRY = RuleRegistry.load();
    /** Only the rules these tests are about, so rules added later do not change the expected findings. */
    private static final List<RuleConfig> CONFIGS = ReviewPolicy.prod(REGISTRY).configs().stream()
            .filter(config -> Set.of("builtin.walk-through-check", "statement.syntax-error",
                    "statement.unused-suppression", "table.require-pk").contains(config.definition().id())).toList();

    @Test
    void shouldListValidButUnsupportedStatementsAsNotFullyParsed() {
        ReviewResult result = review(SqlParser.withDefaults(), "DO $$ BEGIN PERFORM 1; END $$;\nSELECT 1;\n");

        assertThat(result.findings()).isEmpty();
        assertThat(result.unparsed()).singleElement().satisfies(statement -> {
            assertThat(statement.line()).isEqualTo(1);
            assertThat(statement.reason()).contains("DO $$");
        });
    }

    @Test
    void shouldReviewStatementsBeforeAnUnterminatedCommentAndReportItAsASyntaxError() {
        ReviewResult result = review(SqlParser.withDefaults(),
                "CREATE TABLE t (id int PRIMARY KEY);\nALTER TABLE t DROP COLUMN nope;\n/* never closed\nSELECT 1;");

        assertThat(result.findings()).extracting(Finding::ruleId, Finding::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("builtin.walk-through-check", 2),
                org.assertj.core.groups.Tuple.tuple("statement.syntax-error", 3));
        assertThat(result.statements()).isEqualTo(2);
    }

    @Test
    void shouldNotParseStatementsOverTheSizeLimitButStillReviewThem() {
        SqlParser smallLimit = new SqlParser(Duration.ofSeconds(10), 100);
        String bigInsert = "INSERT INTO t (id, name) VALUES " + "(1, 'a'), ".repeat(20) + "(2, 'b');";

        ReviewResult result = review(smallLimit, "CREATE TABLE t (id int PRIMARY KEY, name text);\n" + bigInsert);

        assertThat(result.findings()).isEmpty();
        assertThat(result.unparsed()).singleElement()
                .satisfies(statement -> assertThat(statement.reason()).contains("over the 100-character parse limit"));
    }

    private static ReviewResult review(SqlParser parser, String sql) {
        ReviewEngine engine = ReviewEngine.create(SqlEngine.POSTGRESQL, CONFIGS,
                REGISTRY, parser);
        return engine.review(List.of(), List.of(ReviewFile.ddl("V1__change.sql", sql)), true);
    }
}
