package io.jenkins.plugins.dbgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dbgitops review --config}: the pull request review judges with the rules the release gate will use. */
class ReviewConfigurationTest {
    @TempDir
    Path temp;

    private Path project() throws Exception {
        Files.createDirectories(temp.resolve("db"));
        Files.writeString(temp.resolve("db/1_create_items.sql"),
                "CREATE TABLE `items` (`id` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY) ENGINE=InnoDB;\n");
        Path config = temp.resolve("dbgitops.yaml");
        Files.writeString(config, "engine: mysql\nmigrations: db\nreview:\n  policy: dev\n");
        return config;
    }

    @Test
    void shouldReviewWithTheEngineDirectoryAndPolicyOfTheConfiguration() throws Exception {
        Path config = project();

        CommandRun review = CommandRun.of("review", "--config", config.toString(), "--format", "json");

        assertThat(review.exitCode()).as(review.toString()).isZero();
        assertThat(review.out()).contains("\"engine\" : \"mysql\"").contains("\"policy\" : \"dev\"")
                .contains("\"files\" : 1");
        assertThat(review.err()).doesNotContain("overrides");
    }

    @Test
    void shouldLetAnExplicitDialectOverrideTheConfigurationAndSaySo() throws Exception {
        Path config = project();

        CommandRun review = CommandRun.of("review", "--config", config.toString(), "--dialect", "postgresql",
                "--format", "json");

        assertThat(review.err()).contains("dialect 'postgresql' given here overrides engine: mysql in dbgitops.yaml");
        assertThat(review.out()).contains("\"engine\" : \"postgresql\"").contains("\"policy\" : \"dev\"");
    }
}
