package io.jenkins.plugins.dbgitops.engine.review.rules.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.service.ReviewRequest;
import io.jenkins.plugins.dbgitops.engine.review.service.ReviewService;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.review.schema.DatabaseReview;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.testing.EmbeddedDatabases;
import io.jenkins.plugins.dbgitops.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code builtin.dry-run} on real engines: the inherited tests run each example as a migration on a throwaway
 * database of the shared embedded PostgreSQL or MariaDB (MySQL's examples too).
 */
class DryRunRuleTest extends AbstractRuleTest {
    private static final ReviewService SERVICE = ReviewService.withDefaults();

    @Override
    protected Rule rule() {
        return new DryRunRule();
    }

    @Override
    protected List<Finding> findings(SqlEngine engine, Map<String, Object> payload, String earlierMigrations,
            String sql) {
        try {
            Path migrations = Files.createTempDirectory("dbgitops-dry-run-rule-");
            if (!earlierMigrations.isEmpty()) {
                Files.writeString(migrations.resolve("V1__earlier.sql"), earlierMigrations);
            }
            Files.writeString(migrations.resolve("V2__change.sql"), sql);
            TestDatabase server = EmbeddedDatabases.create(engine == SqlEngine.MYSQL ? SqlEngine.MARIADB : engine);
            DatabaseReview database = DatabaseReview.none().withDryRunServer(
                    DatabaseTarget.of(server.url(), server.user(), server.password()));
            return SERVICE.review(ReviewRequest.of(engine, migrations).withDatabase(database)).findings().stream()
                    .filter(finding -> finding.ruleId().equals(DryRunRule.ID)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void shouldReportTheFailingStatementOfALaterFileWithoutTheRejectedValue() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(),
                "CREATE TABLE orders (id bigint PRIMARY KEY, total bigint);",
                "INSERT INTO orders (id, total) VALUES (1, 2);\n\nUPDATE orders\n   SET total = 'secret-42';");

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.file()).endsWith("V2__change.sql");
            assertThat(finding.line()).isEqualTo(3);
            assertThat(finding.message()).contains("bigint").doesNotContain("secret-42");
        });
    }

    @Test
    void shouldReportAFailingEarlierMigrationWhereItFails() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "CREATE TABLE orders (id bigint);\n"
                + "CREATE INDEX ON orders (missing);", "ALTER TABLE orders ADD COLUMN note text;");

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.file()).endsWith("V1__earlier.sql");
            assertThat(finding.line()).isEqualTo(2);
            assertThat(finding.message()).contains("missing");
        });
    }
}
