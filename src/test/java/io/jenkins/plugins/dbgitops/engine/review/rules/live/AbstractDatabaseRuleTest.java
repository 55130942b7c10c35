package io.jenkins.plugins.dbgitops.engine.review.rules.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.migration.ChangeType;
import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.ReviewEngine;
import io.jenkins.plugins.dbgitops.engine.review.ReviewFile;
import io.jenkins.plugins.dbgitops.engine.review.RuleConfig;
import io.jenkins.plugins.dbgitops.engine.review.RuleRegistry;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.engine.sql.SqlParser;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A database-backed rule's tests: the inherited ones run with the rule attached to the {@link LiveFixture} database
 * of the engine, as a {@code _dml} file; {@link #findingsWithoutDatabase} shows what a review without one does.
 */
abstract class AbstractDatabaseRuleTest extends AbstractRuleTest {
    private static final RuleRegistry REGISTRY = RuleRegistry.load();
    private static final SqlParser PARSER = SqlParser.withDefaults();
    private final Map<SqlEngine, Long> rowsBefore = new EnumMap<>(SqlEngine.class);

    @BeforeEach
    void countRows() throws Exception {
        for (SqlEngine engine : definition().engines()) {
            rowsBefore.put(engine, LiveFixture.rows(engine));
        }
    }

    @AfterEach
    void shouldNotHaveWrittenTheDatabase() throws Exception {
        for (SqlEngine engine : definition().engines()) {
            assertThat(LiveFixture.rows(engine)).as("rows of orders on %s", engine).isEqualTo(rowsBefore.get(engine))
                    .isEqualTo(5000);
        }
    }

    @Override
    protected List<Finding> findings(SqlEngine engine, Map<String, Object> payload, String earlierMigrations,
            String sql) {
        try (LiveDatabase database = LiveDatabase.of(Optional.of(LiveFixture.target(engine)))) {
            return review(engine, payload, sql, LiveRules.bind(REGISTRY, database));
        }
    }

    /** The findings of a review with no database: the rule must find nothing (and the CLI says it was skipped). */
    protected List<Finding> findingsWithoutDatabase(SqlEngine engine, String sql) {
        return review(engine, Map.of(), sql, REGISTRY);
    }

    private List<Finding> review(SqlEngine engine, Map<String, Object> payload, String sql, RuleRegistry registry) {
        RuleConfig config = new RuleConfig(definition(), Level.ERROR, payload);
        ReviewEngine review = ReviewEngine.create(engine, List.of(config), registry, PARSER);
        return review.review(List.of(), List.of(new ReviewFile("V2__change_dml.sql", sql, ChangeType.DML, false)),
                false).findings().stream().filter(finding -> finding.ruleId().equals(definition().id())).toList();
    }
}
