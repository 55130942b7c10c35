package io.jenkins.plugins.dbgitops.engine.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.dbgitops.engine.config.EnvironmentCredentialsResolver;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfig;
import io.jenkins.plugins.dbgitops.engine.release.VerifiedRelease;
import io.jenkins.plugins.dbgitops.engine.migrate.TargetOutcome;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine-specific part on MariaDB: no transactional DDL, history and promotion read from MariaDB tables. */
class MariaDbRolloutTest {
    @TempDir
    Path temp;

    private static Map<String, String> migrations() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("202501150900_create_customers.sql",
                "CREATE TABLE customers (id BIGINT PRIMARY KEY, email VARCHAR(200) NOT NULL) ENGINE=InnoDB;\n");
        files.put("202501150910_add_customer_name.sql", "ALTER TABLE customers ADD COLUMN name VARCHAR(100);\n");
        return files;
    }

    @Test
    void shouldPromoteInOrderAndReadStatusFromMariaDbHistoryTables() throws Exception {
        Landscape landscape = new Landscape(SqlEngine.MARIADB);
        ProjectConfig config = landscape.config(temp.resolve("dbgitops.yaml"));
        RolloutRunner runner = new RolloutRunner(new EnvironmentCredentialsResolver(Landscape.VARIABLES));
        try (VerifiedRelease release = landscape.release(temp, "m1", migrations())) {
            assertThatThrownBy(() -> runner.rollout(config, release, RolloutRequest.to("staging")
                    .approvedBy("dba-team"), RolloutListener.NONE))
                    .isInstanceOf(RolloutRefusedException.class)
                    .hasMessageContaining("test/test-1: no successful deployment record of this release");

            DeploymentRecord test = runner.rollout(config, release, RolloutRequest.to("test"), RolloutListener.NONE);
            DeploymentRecord staging = runner.rollout(config, release, RolloutRequest.to("staging")
                    .approvedBy("dba-team").withParallel(3).withEvidence(new PromotionEvidence(
                            List.of(DeploymentEvidence.of(test)), "the test's records")), RolloutListener.NONE);

            assertThat(test.status()).isEqualTo(DeploymentStatus.SUCCESS);
            assertThat(staging.status()).isEqualTo(DeploymentStatus.SUCCESS);
            assertThat(staging.targets()).extracting(DeploymentRecord.Target::status)
                    .containsOnly(TargetOutcome.SUCCESS);
            List<TargetState> states = new StatusInspector(new TargetConnector(
                    new EnvironmentCredentialsResolver(Landscape.VARIABLES)))
                    .inspect(config, Optional.of("staging"), release.migrationFiles());
            assertThat(states).hasSize(3).allSatisfy(state -> {
                assertThat(state.summary()).isEqualTo("UP_TO_DATE");
                assertThat(state.latestRelease()).contains(release.releaseId());
            });
        }
    }
}
