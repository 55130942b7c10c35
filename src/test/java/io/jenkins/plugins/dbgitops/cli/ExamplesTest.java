package io.jenkins.plugins.dbgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.config.DeploymentTarget;
import io.jenkins.plugins.dbgitops.engine.config.EnvironmentConfig;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfig;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfigReader;
import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.migration.ChangeType;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationScanner;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationSet;
import io.jenkins.plugins.dbgitops.engine.migrate.FileStatus;
import io.jenkins.plugins.dbgitops.engine.migrate.MigrationListener;
import io.jenkins.plugins.dbgitops.engine.migrate.MigrationOptions;
import io.jenkins.plugins.dbgitops.engine.migrate.Migrator;
import io.jenkins.plugins.dbgitops.engine.migrate.TargetOutcome;
import io.jenkins.plugins.dbgitops.engine.migrate.TargetResult;
import io.jenkins.plugins.dbgitops.testing.EmbeddedDatabases;
import io.jenkins.plugins.dbgitops.testing.TestDatabase;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The examples are a realistic user repository: the configuration is valid and the SQL runs where it claims to. */
class ExamplesTest {
    private static final Path EXAMPLES = Path.of("examples");

    @Test
    void shouldHaveAValidConfigurationWithThreeEnvironments() {
        ProjectConfig config = new ProjectConfigReader(Map.of()).read(EXAMPLES.resolve("dbgitops.yaml"));

        assertThat(config.environments()).extracting(EnvironmentConfig::name).containsExactly("test", "staging",
                "prod");
        assertThat(config.environment("staging").targets()).extracting(DeploymentTarget::name)
                .containsExactly("acme", "globex", "initech");
        assertThat(config.environment("prod").targets().get(0).url())
                .isEqualTo("jdbc:postgresql://db-prod.internal:5432/shop");
    }

    @Test
    void shouldHoldBetweenFiveAndEightMigrationsWithOneDmlFile() {
        MigrationSet migrations = MigrationScanner.scan(EXAMPLES.resolve("migrations"));

        assertThat(migrations.unversioned()).isEmpty();
        assertThat(migrations.migrations()).hasSizeBetween(5, 8);
        assertThat(migrations.migrations()).filteredOn(file -> file.type() == ChangeType.DML).hasSize(1);
    }

    @Test
    void shouldRunOnPostgreSql() {
        TestDatabase database = EmbeddedDatabases.newPostgresDatabase();

        TargetResult result = migrate(DatabaseTarget.of(database.url(), database.user(), database.password()));

        assertThat(result.outcome()).as(result.toString()).isEqualTo(TargetOutcome.SUCCESS);
        assertThat(result.files()).extracting(file -> file.status()).containsOnly(FileStatus.APPLIED);
    }

    @Test
    void shouldRunOnH2InPostgreSqlMode() {
        String url = "jdbc:h2:mem:examples_" + UUID.randomUUID().toString().substring(0, 8)
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

        TargetResult result = migrate(DatabaseTarget.of(url, null, null));

        assertThat(result.outcome()).as(result.toString()).isEqualTo(TargetOutcome.SUCCESS);
        assertThat(result.files()).extracting(file -> file.status()).containsOnly(FileStatus.APPLIED);
    }

    private static TargetResult migrate(DatabaseTarget target) {
        return new Migrator(MigrationOptions.defaults()).migrate(target,
                MigrationScanner.scan(EXAMPLES.resolve("migrations")).migrations(), MigrationListener.NONE);
    }

}
