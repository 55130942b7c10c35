package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The statement, index and column rules of this package family must never fail: the engine would report a rule
 * exception as a "could not check" finding. Runs them over unusual statements JSqlParser parses into rarely seen shapes, and over unparsed ones.
 */
class StatementRulesRobustnessTest {
    private static final String SCHEMA = "CREATE TABLE t1 (id bigint PRIMARY KEY, a int, email varchar(255));\n"
            + "CREATE TABLE t2 (id bigint PRIMARY KEY, t1_id bigint, b int);\n"
            + "CREATE UNIQUE INDEX uq_t1_email ON t1 (email);\n";

    private static final String UNUSUAL = "DELETE t1, t2 FROM t1 JOIN t2 ON t1.id = t2.t1_id WHERE t2.b = 1;\n"
            + "UPDATE t1 JOIN t2 ON t1.id = t2.t1_id SET t1.a = t2.b WHERE t2.b > 0;\n"
            + "CREATE UNIQUE INDEX uq_lower_email ON t1 ((lower(email)));\n"
            + "INSERT INTO t1 (id, a) VALUES (1, 2) ON DUPLICATE KEY UPDATE a = VALUES(a);\n"
            + "INSERT INTO t1 (id, a) VALUES (1, 2) ON CONFLICT (id) DO UPDATE SET a = excluded.a;\n"
            + "INSERT INTO t1 SET id = 3, a = 4;\n"
            + "REPLACE INTO t1 (id, a) VALUES (5, 6);\n"
            + "WITH x AS (SELECT id FROM t1 WHERE a > 1) UPDATE t2 SET b = 0 WHERE t1_id IN (SELECT id FROM x);\n"
            + "SELECT id, row_number() OVER (PARTITION BY a ORDER BY id) FROM t1 WHERE CASE WHEN a > 1 THEN true ELSE false END;\n"
            + "SELECT * FROM t1 WHERE a = ANY (SELECT b FROM t2 WHERE b IS NOT NULL) AND a BETWEEN 1 AND 2;\n"
            + "SELECT t1.id FROM t1, LATERAL (SELECT b FROM t2 WHERE t2.t1_id = t1.id LIMIT 1) x WHERE t1.id > 0;\n"
            + "MERGE INTO t1 USING t2 ON (t1.id = t2.t1_id) WHEN MATCHED THEN UPDATE SET a = t2.b;\n"
            + "SELECT 1;\nVALUES (1, 2);\n"
            + "ALTER TABLE t1 RENAME TO t3;\nALTER TABLE t3 RENAME TO t1;\n"
            + "ALTER TABLE t1 DROP COLUMN a, ADD COLUMN c int NOT NULL DEFAULT 0;\n"
            + "ALTER TABLE t1 ADD CONSTRAINT uq_c UNIQUE USING INDEX uq_t1_email;\n"
            + "DROP INDEX CONCURRENTLY IF EXISTS idx_x;\nDROP TABLE IF EXISTS t9, t8;\nTRUNCATE t2;\n"
            + "GRANT SELECT ON t1 TO reporting;\nCOMMENT ON TABLE t1 IS 'x';\n"
            + "COPY t1 (id) FROM STDIN;\nDO $$ BEGIN PERFORM 1; END $$;\n"
            + "CREATE VIEW v AS SELECT * FROM t1 WHERE lower(email) LIKE '%x' LIMIT 10;\n"
            + "CREATE TABLE t4 AS SELECT * FROM t1;\nUSE other;\nSET search_path TO public;\n"
            + "LOCK TABLE t1 IN ACCESS EXCLUSIVE MODE;\nANALYZE t1;\nEXPLAIN SELECT * FROM t1;\n"
            + "BEGIN;\nSAVEPOINT s1;\nROLLBACK TO SAVEPOINT s1;\nCOMMIT;\n";

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"POSTGRESQL", "MYSQL", "MARIADB"})
    void shouldReviewUnusualStatementsWithoutARuleFailing(SqlEngine engine) {
        RuleRegistry registry = RuleRegistry.load();
        List<RuleConfig> configs = registry.definitions().stream()
                .filter(definition -> definition.appliesTo(engine))
                .filter(definition -> definition.id().startsWith("statement.") || definition.id().startsWith("column.")
                        || definition.id().startsWith("index."))
                .map(RuleConfig::defaults).toList();
        ReviewEngine review = ReviewEngine.create(engine, configs, registry, SqlParser.withDefaults());

        ReviewResult result = review.review(List.of(ReviewFile.ddl("V1__schema.sql", SCHEMA)),
                List.of(ReviewFile.ddl("V2__unusual.sql", UNUSUAL),
                        ReviewFile.ddl("V3__unusual_dml.sql", "-- dbgitops:type dml\n" + UNUSUAL)), true);

        // the engine turns a rule's exception into a finding: that finding is the failure to look for
        assertThat(result.findings()).filteredOn(ReviewEngine::isRuleFailure).isEmpty();
        assertThat(result.statements()).isEqualTo(2 * StatementSplitter.forEngine(engine).split(UNUSUAL).size());
    }
}
