package io.jenkins.plugins.dbgitops.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewSettingsTest {
    @TempDir
    Path temp;

    private ProjectConfig config(String yaml) {
        return new ProjectConfigReader(Map.of()).parse(yaml, temp.resolve("dbgitops.yaml"));
    }

    @Test
    void shouldTakeEngineDirectoryAndPolicyFromTheConfiguration() throws Exception {
        Files.writeString(temp.resolve("policy.yaml"), "rules: {}\n");
        ProjectConfig config = config("engine: mysql\nmigrations: db/changes\nreview:\n  policy: policy.yaml\n");

        ReviewSettings settings = ReviewSettings.resolve(temp, Optional.of(config), "", null, " ");

        assertThat(settings.engine()).isEqualTo(SqlEngine.MYSQL);
        assertThat(settings.migrationsDirectory()).isEqualTo(temp.resolve("db/changes").toAbsolutePath().normalize());
        assertThat(settings.policy()).isEqualTo(temp.resolve("policy.yaml").toString());
        assertThat(settings.notes()).isEmpty();
        assertThat(ReviewSettings.of(config)).isEqualTo(settings);
    }

    @Test
    void shouldLetExplicitValuesWinAndSaySo() {
        ProjectConfig config = config("engine: mysql\nreview:\n  policy: prod\n");

        ReviewSettings settings = ReviewSettings.resolve(temp, Optional.of(config), "other", "postgresql", "dev");

        assertThat(settings.engine()).isEqualTo(SqlEngine.POSTGRESQL);
        assertThat(settings.policy()).isEqualTo("dev");
        assertThat(settings.migrationsDirectory()).isEqualTo(temp.resolve("other"));
        assertThat(settings.notes()).containsExactly(
                "path 'other' given here overrides migrations: migrations in dbgitops.yaml.",
                "dialect 'postgresql' given here overrides engine: mysql in dbgitops.yaml.",
                "policy 'dev' given here overrides review.policy: prod in dbgitops.yaml.");
    }

    @Test
    void shouldSayNothingWhenAnExplicitValueEqualsTheConfiguration() {
        ProjectConfig config = config("engine: mysql\n");

        ReviewSettings settings = ReviewSettings.resolve(temp, Optional.of(config), "migrations", "mysql", "prod");

        assertThat(settings.notes()).isEmpty();
    }

    @Test
    void shouldUseTheDefaultsWithoutAConfiguration() {
        ReviewSettings settings = ReviewSettings.resolve(temp, Optional.empty(), null, null, null);

        assertThat(settings.engine()).isEqualTo(SqlEngine.POSTGRESQL);
        assertThat(settings.policy()).isEqualTo("prod");
        assertThat(settings.migrationsDirectory()).isEqualTo(temp.resolve("migrations"));
        assertThat(settings.notes()).isEmpty();
    }
}
