package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.ReviewEngine;
import io.jenkins.plugins.dbgitops.engine.review.ReviewFile;
import io.jenkins.plugins.dbgitops.engine.review.ReviewResult;
import io.jenkins.plugins.dbgitops.engine.review.RuleConfig;
import io.jenkins.plugins.dbgitops.engine.review.RuleRegistry;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.engine.sql.SqlParser;
import io.jenkins.plugins.dbgitops.engine.sql.StatementSplitter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The structural rules survive statements of every other kind, parsed or not, with and without a catalog. */
class SchemaRulesRobustnessTest {
    private static final Set<String> CATEGORIES = Set.of("naming", "column", "table", "index", "schema");
    private static final String EARLIER = "CREATE TABLE t (id int PRIMARY KEY, a varchar(20), b text, KEY idx_t_a (a));";
    private static final String MIXED = String.join(";\n",
            "SET search_path = sales", "CREATE SCHEMA sales", "CREATE FUNCTION f() RETURNS int AS 'select 1' LANGUAGE sql",
            "DROP INDEX idx_a", "DROP SCHEMA s", "DROP DATABASE d", "DROP TRIGGER trg ON t", "DROP PROCEDURE p",
            "SHOW TABLES", "USE sales", "GRANT SELECT ON t TO u", "COMMENT ON COLUMN a IS 'x'",
            "COMMENT ON TABLE t IS NULL", "CREATE TABLE x AS SELECT * FROM t", "CREATE TABLE y LIKE t",
            "ALTER TABLE t RENAME INDEX missing TO other", "ALTER INDEX missing RENAME TO other",
            "ALTER TABLE t DROP CONSTRAINT c", "ALTER TABLE t DROP INDEX idx_t_a", "ALTER TABLE t ADD UNIQUE (a)",
            "ALTER TABLE t ADD CONSTRAINT c CHECK (id > 0) NOT VALID", "ALTER TABLE t ALTER COLUMN a SET DEFAULT 1",
            "CREATE INDEX i ON t (lower(a))", "CREATE INDEX j ON t ((a || b))", "TRUNCATE t", "INSERT INTO t VALUES (1)",
            "INSERT INTO t SELECT * FROM u", "UPDATE t SET a = 1", "DELETE FROM t", "SELECT 1",
            "DO $$ BEGIN PERFORM 1; END $$", "this is not sql at all", "CREATE TABLE z ()", "VACUUM t");

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"POSTGRESQL", "MYSQL", "MARIADB"})
    void shouldNeverFailOnUnusualStatements(SqlEngine engine) {
        RuleRegistry registry = RuleRegistry.load();
        List<RuleConfig> configs = registry.definitions().stream()
                .filter(definition -> CATEGORIES.contains(definition.category()))
                .map(RuleConfig::defaults).toList();
        ReviewEngine review = ReviewEngine.create(engine, configs, registry, SqlParser.withDefaults());

        ReviewResult withCatalog = review.review(List.of(ReviewFile.ddl("V1__t.sql", EARLIER)),
                List.of(ReviewFile.ddl("V2__mixed.sql", MIXED)), true);
        ReviewResult withoutCatalog = review.review(List.of(), List.of(ReviewFile.ddl("V2__mixed.sql", MIXED)), false);

        // the engine turns a rule's exception into a "could not check" finding: that is the failure to look for
        assertThat(withCatalog.findings()).filteredOn(ReviewEngine::isRuleFailure).isEmpty();
        assertThat(withoutCatalog.findings()).filteredOn(ReviewEngine::isRuleFailure).isEmpty();
        assertThat(withCatalog.statements()).isEqualTo(StatementSplitter.forEngine(engine).split(MIXED).size());
    }
}
