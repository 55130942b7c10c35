package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.ReviewEngine;
import io.jenkins.plugins.dbgitops.engine.review.ReviewFile;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleConfig;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.RuleRegistry;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.engine.sql.SqlParser;
import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A statement rule that declares the types it judges must find exactly what it finds when called for every
 * statement: checked on the documented examples of every registered rule and on statements of many kinds.
 */
class DeclaredStatementTypesTest {
    /** Statements of kinds whose syntax-tree type a token rule might not expect; some JSqlParser cannot parse. */
    private static final String KINDS = String.join(";\n",
            "ALTER TABLE t ADD COLUMN a int DEFAULT 0 NOT NULL REFERENCES u (id)", "ALTER TABLE t RENAME TO u",
            "ALTER TABLE t RENAME COLUMN a TO b", "ALTER TABLE t SET SCHEMA s", "ALTER TABLE t OWNER TO bob",
            "ALTER TABLE t ENABLE ROW LEVEL SECURITY", "ALTER TABLE IF EXISTS t DROP CONSTRAINT c",
            "ALTER TABLE ONLY t ADD CONSTRAINT c CHECK (a > 0)", "ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID",
            "ALTER TABLE t ADD CONSTRAINT c FOREIGN KEY (a) REFERENCES u (id)", "ALTER TABLE t VALIDATE CONSTRAINT c",
            "ALTER TABLE t ALTER COLUMN a SET NOT NULL", "ALTER TABLE t DETACH PARTITION p CONCURRENTLY",
            "ALTER TABLE t ADD PRIMARY KEY USING INDEX i", "ALTER TABLE t ADD PRIMARY KEY (id)",
            "ALTER TABLE t ADD CONSTRAINT u UNIQUE (a)", "ALTER TABLE t ADD EXCLUDE USING gist (a WITH =)",
            "ALTER TABLE t ALGORITHM=INPLACE, LOCK=NONE, ADD COLUMN x int", "ALTER TABLE t TRUNCATE PARTITION p1",
            "ALTER TYPE mood ADD VALUE 'x'", "ALTER TYPE mood ADD VALUE 'x' BEFORE 'y'",
            "ALTER TYPE mood ADD ATTRIBUTE a int", "ALTER DOMAIN d ADD CONSTRAINT c CHECK (VALUE > 0)",
            "CREATE DOMAIN d AS int CHECK (VALUE > 0)", "ALTER VIEW v RENAME TO w", "ALTER SEQUENCE s RESTART WITH 1",
            "LOCK TABLE t IN ACCESS EXCLUSIVE MODE", "LOCK TABLE t", "LOCK t IN ROW SHARE MODE",
            "LOCK TABLES t WRITE", "VACUUM FULL t", "VACUUM (FULL) t", "VACUUM t", "REFRESH MATERIALIZED VIEW m",
            "REFRESH MATERIALIZED VIEW CONCURRENTLY m", "CREATE INDEX i ON t (a)", "DROP INDEX CONCURRENTLY i",
            "CREATE TABLE t (id int)", "DROP TABLE t CASCADE", "TRUNCATE t", "BEGIN", "COMMIT", "ROLLBACK",
            "SET lock_timeout = '1s'", "SELECT * FROM t WHERE a = 1", "INSERT INTO t VALUES (1)",
            "UPDATE t SET a = 1", "DELETE FROM t", "RENAME TABLE a TO b") + ";\n";

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"POSTGRESQL", "MYSQL"})
    void shouldFindTheSameWhenCalledForEveryStatement(SqlEngine engine) {
        // Given every documented example and statements of many kinds, one file each
        List<ReviewFile> files = new ArrayList<>();
        for (RuleDefinition definition : RuleRegistry.load().definitions()) {
            files.add(ReviewFile.ddl(definition.id() + "-failing.sql", definition.failing()));
            files.add(ReviewFile.ddl(definition.id() + "-passing.sql", definition.passing()));
        }
        files.add(ReviewFile.ddl("kinds.sql", KINDS));

        SoftAssertions softly = new SoftAssertions();
        for (Rule typed : RuleRegistry.load().newRules()) {
            if (!typed.definition().id().startsWith("statement.") || typed.statementTypes().isEmpty()) {
                continue;
            }
            Rule untyped = new EveryStatement(RuleRegistry.load().newRules().stream()
                    .filter(rule -> rule.definition().id().equals(typed.definition().id())).findFirst().orElseThrow());

            // When the rule reviews them as it declares, and called for every statement
            List<Finding> declared = review(engine, typed, files);
            List<Finding> everyStatement = review(engine, untyped, files);

            // Then both find the same
            softly.assertThat(declared).as(typed.definition().id()).isEqualTo(everyStatement);
        }
        softly.assertAll();
        assertThat(files).hasSizeGreaterThan(300);
    }

    private static List<Finding> review(SqlEngine engine, Rule rule, List<ReviewFile> files) {
        ReviewEngine review = ReviewEngine.create(engine, List.of(RuleConfig.defaults(rule.definition())),
                RuleRegistry.of(() -> List.of(rule)), SqlParser.withDefaults());
        return review.review(List.of(), files, false).findings();
    }

    /** The rule, called for every statement whatever it declares. */
    private record EveryStatement(Rule rule) implements Rule {
        @Override
        public RuleDefinition definition() {
            return rule.definition();
        }

        @Override
        public void startFile(FileContext file, RuleContext context) {
            rule.startFile(file, context);
        }

        @Override
        public List<Class<? extends Statement>> statementTypes() {
            return List.of();
        }

        @Override
        public void check(StatementContext statement, RuleContext context) {
            rule.check(statement, context);
        }

        @Override
        public void endFile(FileContext file, RuleContext context) {
            rule.endFile(file, context);
        }
    }
}
