package io.jenkins.plugins.dbgitops.engine.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jenkins.plugins.dbgitops.engine.review.policy.ReviewPolicy;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.engine.sql.SqlParser;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The engine parses statements a batch ahead of the rules; order, catalog and split errors must not notice. */
class ReviewEngineParseAheadTest {
    private static final RuleRegistry REGISTRY = RuleRegistry.load();
    private static final Set<String> RULES = Set.of("builtin.walk-through-check", "statement.syntax-error");

    @Test
    void shouldReviewEveryStatementBeforeASplitErrorFoundWhileReadingAhead() {
        // Given 100 statements (more than one batch), a reference to a missing column on the last one, then an
        // unterminated comment that the splitter meets while reading ahead
        StringBuilder sql = new StringBuilder("CREATE TABLE t (id bigint PRIMARY KEY);\n");
        for (int i = 2; i < 100; i++) {
            sql.append("INSERT INTO t (id) VALUES (").append(i).append(");\n");
        }
        sql.append("ALTER TABLE t DROP COLUMN nope;\n/* never closed\nSELECT 1;");

        // When it is reviewed
        ReviewResult result = review(sql.toString());

        // Then every statement was reviewed in order, against the catalog as it was, and the split error comes last
        assertThat(result.statements()).isEqualTo(100);
        assertThat(result.findings()).extracting(Finding::ruleId, Finding::line).containsExactly(
                tuple("builtin.walk-through-check", 100), tuple("statement.syntax-error", 101));
    }

    @Test
    void shouldSeeTablesCreatedEarlierInTheSameBatch() {
        // Given a table created and used within one batch, and one used before it is created
        String sql = "INSERT INTO late (id) VALUES (1);\nCREATE TABLE early (id bigint PRIMARY KEY);\n"
                + "INSERT INTO early (id) VALUES (1);\nCREATE TABLE late (id bigint PRIMARY KEY);\n";

        // When it is reviewed, then only the use before the creation is reported
        assertThat(review(sql).findings()).extracting(Finding::ruleId, Finding::line)
                .containsExactly(tuple("builtin.walk-through-check", 1));
    }

    private static ReviewResult review(String sql) {
        List<RuleConfig> configs = ReviewPolicy.prod(REGISTRY).configs().stream()
                .filter(config -> RULES.contains(config.definition().id())).toList();
        ReviewEngine engine = ReviewEngine.create(SqlEngine.POSTGRESQL, configs, REGISTRY, SqlParser.withDefaults());
        return engine.review(List.of(), List.of(ReviewFile.ddl("V1__change.sql", sql)), true);
    }
}
