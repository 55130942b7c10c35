package io.jenkins.plugins.dbgitops.engine.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.dbgitops.engine.config.EnvironmentCredentialsResolver;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfig;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfigReader;
import io.jenkins.plugins.dbgitops.engine.release.GitProjects;
import io.jenkins.plugins.dbgitops.engine.release.ReleaseGate;
import io.jenkins.plugins.dbgitops.engine.release.ReleasePackager;
import io.jenkins.plugins.dbgitops.engine.release.ReleaseRequest;
import io.jenkins.plugins.dbgitops.engine.release.ReleaseVerifier;
import io.jenkins.plugins.dbgitops.engine.release.VerifiedRelease;
import io.jenkins.plugins.dbgitops.engine.migrate.TargetOutcome;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** requires, allowSkip, a per-target history table and refused passwords, on in-memory H2 databases. */
class PromotionOverridesTest {
    @TempDir
    Path temp;

    private final String run = "promo_" + UUID.randomUUID().toString().substring(0, 8);

    private String url(String name) {
        return "\"jdbc:h2:mem:" + run + "_" + name + ";DB_CLOSE_DELAY=-1\"";
    }

    private ProjectConfig config() {
        String yaml = "engine: h2\n"
                + "environments:\n"
                + "  - name: dev\n"
                + "    targets: [{url: " + url("dev") + "}]\n"
                + "  - name: qa\n"
                + "    targets: [{url: " + url("qa") + "}]\n"
                + "  - name: hotfix\n"
                + "    allowSkip: true\n"
                + "    targets: [{url: " + url("hotfix") + ", historyTable: hotfix_history}]\n"
                + "  - name: prod\n"
                + "    requires: [dev]\n"
                + "    targets: [{url: " + url("prod") + "}]\n";
        return new ProjectConfigReader(Map.of()).parse(yaml, temp.resolve("dbgitops.yaml"));
    }

    private VerifiedRelease release() {
        Path repository = GitProjects.create(temp.resolve("repo"), "engine: h2\n",
                Map.of("1_create_items.sql", "CREATE TABLE items (id INT PRIMARY KEY);\n"));
        return ReleaseVerifier.verify(new ReleasePackager(ReleaseGate.NONE).build(GitProjects.config(repository),
                ReleaseRequest.at(Instant.now()), temp.resolve("releases")).archive());
    }

    private int rows(String database, String table) throws Exception {
        try (Connection connection = DriverManager.getConnection(url(database).replace("\"", ""));
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getInt(1);
        }
    }

    @Test
    void shouldNeverShowThePasswordOfATargetThatRefusesIt() throws Exception {
        String secret = "s3cr3t-" + UUID.randomUUID();
        try (Connection owner = DriverManager.getConnection(url("dev").replace("\"", ""), "owner", "right")) {
            String yaml = "engine: h2\nenvironments:\n  - name: dev\n    targets:\n"
                    + "      - url: " + url("dev") + "\n        credentials: env:DB_USER:DB_PASSWORD\n";
            ProjectConfig config = new ProjectConfigReader(Map.of()).parse(yaml, temp.resolve("dbgitops.yaml"));
            RolloutRunner runner = new RolloutRunner(new EnvironmentCredentialsResolver(
                    Map.of("DB_USER", "owner", "DB_PASSWORD", secret)));
            try (VerifiedRelease release = release()) {
                DeploymentRecord record = runner.rollout(config, release, RolloutRequest.to("dev"),
                        RolloutListener.NONE);
                List<TargetState> states = new StatusInspector(new TargetConnector(new EnvironmentCredentialsResolver(
                        Map.of("DB_USER", "owner", "DB_PASSWORD", secret)))).inspect(config, Optional.empty(),
                        release.migrationFiles());

                assertThat(record.status()).isEqualTo(DeploymentStatus.FAILED);
                assertThat(record.targets().get(0).status()).isEqualTo(TargetOutcome.INPUT_ERROR);
                assertThat(DeploymentRecords.toJson(record)).doesNotContain(secret);
                assertThat(states.get(0).summary()).isEqualTo("UNREACHABLE");
                assertThat(DeploymentMatrix.ofStates(states)).doesNotContain(secret);
            }
            assertThat(owner.isValid(1)).isTrue();
        }
    }

    @Test
    void shouldFollowRequiresAndAllowSkipInsteadOfTheFileOrder() throws Exception {
        ProjectConfig config = config();
        RolloutRunner runner = new RolloutRunner(reference -> {
            throw new AssertionError("no credentials are configured");
        });
        try (VerifiedRelease release = release()) {
            assertThatThrownBy(() -> runner.rollout(config, release, RolloutRequest.to("qa"), RolloutListener.NONE))
                    .hasMessageContaining("every target of dev");

            DeploymentRecord hotfix = runner.rollout(config, release, RolloutRequest.to("hotfix"),
                    RolloutListener.NONE);
            DeploymentRecord dev = runner.rollout(config, release, RolloutRequest.to("dev"), RolloutListener.NONE);
            DeploymentRecord prod = runner.rollout(config, release, RolloutRequest.to("prod").withEvidence(
                    new PromotionEvidence(List.of(DeploymentEvidence.of(dev)), "the test's records")),
                    RolloutListener.NONE);

            assertThat(hotfix.status()).isEqualTo(DeploymentStatus.SUCCESS);
            assertThat(hotfix.notes()).contains("Promotion check skipped: 'hotfix' has allowSkip: true.");
            assertThat(prod.status()).isEqualTo(DeploymentStatus.SUCCESS);
            assertThat(prod.notes()).anyMatch(note -> note.contains("succeeded on every target of dev"));
            assertThat(rows("hotfix", "\"hotfix_history\"")).isEqualTo(1);
        }
    }
}
