package io.jenkins.plugins.dbgitops.engine.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.database.Dialect;
import io.jenkins.plugins.dbgitops.engine.migration.ChangeType;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NonTransactional;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.engine.sql.SqlParser;
import io.jenkins.plugins.dbgitops.engine.sql.SqlStatement;
import io.jenkins.plugins.dbgitops.engine.sql.StatementSplitter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Review and rollout read one list of statements that cannot run in a transaction: on every statement of the test
 * corpus, of the rules' examples and of a list of the non-transactional forms, the review's verdict is the rollout's.
 */
class NonTransactionalAgreementTest {
    private static final List<String> FORMS = List.of("CREATE INDEX CONCURRENTLY i ON t (a)",
            "create unique index concurrently if not exists i on t (a)", "DROP INDEX CONCURRENTLY i",
            "REINDEX TABLE CONCURRENTLY t", "VACUUM (ANALYZE) t", "ALTER TYPE mood ADD VALUE 'meh'",
            "CREATE DATABASE d", "DROP DATABASE d", "CREATE TABLESPACE s LOCATION '/x'", "DROP TABLESPACE s",
            "ALTER SYSTEM SET work_mem = '64MB'", "CREATE SUBSCRIPTION s CONNECTION 'c' PUBLICATION p",
            "DROP SUBSCRIPTION s", "ALTER TABLE m DETACH PARTITION m_2024 CONCURRENTLY",
            "/* why */ -- online\nCREATE INDEX\n CONCURRENTLY i ON t (a)", "CREATE INDEX i ON t (a)",
            "CREATE TABLE concurrently_named (id int)", "INSERT INTO log VALUES ('VACUUM later')",
            "ALTER TYPE mood RENAME VALUE 'meh' TO 'fine'", "REFRESH MATERIALIZED VIEW CONCURRENTLY v");

    @Test
    void shouldJudgeEveryCorpusStatementAsTheRolloutRunsIt() throws IOException, URISyntaxException {
        Dialect postgres = Dialect.forEngine(SqlEngine.POSTGRESQL);
        List<SqlStatement> statements = new ArrayList<>();
        for (String script : scripts()) {
            statements.addAll(StatementSplitter.forEngine(SqlEngine.POSTGRESQL).split(script));
        }
        int nonTransactional = 0;
        for (SqlStatement statement : statements) {
            boolean rollout = postgres.requiresNoTransaction(statement);
            nonTransactional += rollout ? 1 : 0;

            assertThat(NonTransactional.is(context(statement))).as(statement.text()).isEqualTo(rollout);
        }
        assertThat(nonTransactional).as("non-transactional statements among %d", statements.size())
                .isGreaterThanOrEqualTo(FORMS.size() - 5);
    }

    private static StatementContext context(SqlStatement statement) {
        FileContext file = new FileContext("V1__x.sql", SqlEngine.POSTGRESQL, ChangeType.DDL, false, statement.text());
        return new StatementContext(file, SqlParser.withDefaults().parse(statement), null);
    }

    private static List<String> scripts() throws IOException, URISyntaxException {
        List<String> scripts = new ArrayList<>();
        Path corpus = Path.of(NonTransactionalAgreementTest.class.getResource("/corpus").toURI());
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".sql")).sorted().toList()) {
                scripts.add(Files.readString(file));
            }
        }
        for (RuleDefinition definition : RuleRegistry.load().definitions()) {
            scripts.add(definition.failing());
            scripts.add(definition.passing());
        }
        FORMS.forEach(form -> scripts.add(form + ";"));
        return scripts;
    }
}
