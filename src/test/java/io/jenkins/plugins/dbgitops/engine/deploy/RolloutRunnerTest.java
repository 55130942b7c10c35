package io.jenkins.plugins.dbgitops.engine.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.dbgitops.engine.config.EnvironmentCredentialsResolver;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfig;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationVersion;
import io.jenkins.plugins.dbgitops.engine.release.VerifiedRelease;
import io.jenkins.plugins.dbgitops.engine.migrate.FileStatus;
import io.jenkins.plugins.dbgitops.engine.migrate.MigrationOptions;
import io.jenkins.plugins.dbgitops.engine.migrate.Resolution;
import io.jenkins.plugins.dbgitops.engine.migrate.TargetOutcome;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RolloutRunnerTest {
    @TempDir
    Path temp;

    private static Map<String, String> migrations() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("202501150900_create_customers.sql",
                "CREATE TABLE customers (id BIGINT PRIMARY KEY, email VARCHAR(200) NOT NULL);\n");
        files.put("202501150910_create_orders.sql",
                "CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL REFERENCES customers (id));\n");
        files.put("202501151000_seed_customers_dml.sql",
                "INSERT INTO customers (id, email) VALUES (1, 'first@example.com');\n");
        return files;
    }

    /** Every rollout of the test, as the command line keeps them beside the release: the promotion evidence. */
    private final List<DeploymentRecord> recorded = new ArrayList<>();

    private static RolloutRunner runner() {
        return new RolloutRunner(new EnvironmentCredentialsResolver(Landscape.VARIABLES));
    }

    private DeploymentRecord deploy(ProjectConfig config, VerifiedRelease release, RolloutRequest request) {
        DeploymentRecord record = runner().rollout(config, release, request.withEvidence(evidence()),
                RolloutListener.NONE);
        recorded.add(record);
        return record;
    }

    private PromotionEvidence evidence() {
        return new PromotionEvidence(recorded.stream().map(DeploymentEvidence::of).toList(), "the test's records");
    }

    private ProjectConfig config(Landscape landscape) {
        return landscape.config(temp.resolve("dbgitops.yaml"));
    }

    private static List<String> history(TestDatabase database) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT version, status, release_id, commit_sha, applied_by"
                        + " FROM dbgitops_history ORDER BY installed_rank")) {
            while (result.next()) {
                rows.add(result.getString(1) + " " + result.getString(2) + " " + result.getString(3) + " "
                        + result.getString(4) + " " + result.getString(5));
            }
        }
        return rows;
    }

    private static boolean hasHistory(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect();
                ResultSet tables = connection.getMetaData().getTables(null, null, "dbgitops_history", null)) {
            return tables.next();
        }
    }

    private static void execute(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void shouldPromoteAReleaseThroughThreeEnvironmentsInOrder() throws Exception {
        Landscape landscape = new Landscape(SqlEngine.POSTGRESQL);
        ProjectConfig config = config(landscape);
        try (VerifiedRelease release = landscape.release(temp, "r1", migrations())) {
            String commit = release.manifest().commit();

            DeploymentRecord test = deploy(config, release, RolloutRequest.to("test"));
            DeploymentRecord staging = deploy(config, release,
                    RolloutRequest.to("staging").approvedBy("release-managers"));
            DeploymentRecord prod = deploy(config, release,
                    RolloutRequest.to("prod").approvedBy("carol").withApproverGroups(Set.of("dba-team")));
            DeploymentRecord again = deploy(config, release,
                    RolloutRequest.to("prod").approvedBy("dba-team"));

            assertThat(List.of(test.status(), staging.status(), prod.status()))
                    .containsOnly(DeploymentStatus.SUCCESS);
            assertThat(staging.targets()).extracting(DeploymentRecord.Target::name)
                    .containsExactlyElementsOf(landscape.staging.stream().map(Landscape::name).toList());
            assertThat(staging.approvedBy()).isEqualTo("release-managers");
            assertThat(prod.approvedBy()).isEqualTo("carol (member of dba-team)");
            assertThat(test.approvedBy()).isNull();
            assertThat(prod.targets()).allSatisfy(target -> assertThat(target.files())
                    .extracting(DeploymentRecord.File::status).containsOnly(FileStatus.APPLIED));
            assertThat(again.status()).isEqualTo(DeploymentStatus.NOTHING_TO_DO);
            assertThat(again.targets()).allSatisfy(target -> assertThat(target.files())
                    .extracting(DeploymentRecord.File::status).containsOnly(FileStatus.SKIPPED));
            assertThat(history(landscape.prod.get(1))).containsExactly(
                    "202501150900 DONE r1-" + commit.substring(0, 7) + " " + commit + " carol",
                    "202501150910 DONE r1-" + commit.substring(0, 7) + " " + commit + " carol",
                    "202501151000 DONE r1-" + commit.substring(0, 7) + " " + commit + " carol");
        }
    }

    @Test
    void shouldRefusePromotionOutOfOrderAndChangeNothing() throws Exception {
        Landscape landscape = new Landscape(SqlEngine.POSTGRESQL);
        ProjectConfig config = config(landscape);
        try (VerifiedRelease release = landscape.release(temp, "r1", migrations())) {
            deploy(config, release, RolloutRequest.to("test"));

            assertThatThrownBy(() -> deploy(config, release,
                    RolloutRequest.to("prod").approvedBy("dba-team")))
                    .isInstanceOf(RolloutRefusedException.class)
                    .hasMessageContaining("cannot go to 'prod' yet")
                    .hasMessageContaining("every target of staging")
                    .hasMessageContaining("3 target(s)")
                    .hasMessageContaining("staging/" + Landscape.name(landscape.staging.get(0)) + ": no successful deployment"
                            + " record of this release")
                    .hasMessageContaining("Looked in the test's records");
            assertThat(hasHistory(landscape.prod.get(0))).isFalse();
        }
    }

    @Test
    void shouldRefusePromotionWhenOnlyPartOfThePreviousEnvironmentHasTheReleaseInItsHistory() throws Exception {
        Landscape landscape = new Landscape(SqlEngine.POSTGRESQL);
        ProjectConfig config = new io.jenkins.plugins.dbgitops.engine.config.ProjectConfigReader(Landscape.VARIABLES)
                .parse("promotion: history\n" + landscape.yaml, temp.resolve("dbgitops.yaml"));
        Map<String, String> partial = new LinkedHashMap<>(migrations());
        partial.remove("202501151000_seed_customers_dml.sql");
        try (VerifiedRelease first = landscape.release(temp, "r1", partial);
                VerifiedRelease second = landscape.release(temp, "r2", migrations())) {
            deploy(config, first, RolloutRequest.to("test"));

            assertThatThrownBy(() -> deploy(config, second,
                    RolloutRequest.to("staging").approvedBy("dba-team")))
                    .hasMessageContaining("test/test-1: version(s) 202501151000 not applied");
        }
    }

    @Test
    void shouldRequireAnAllowedApproverForManualEnvironmentsAndRecordIt() throws Exception {
        Landscape landscape = new Landscape(SqlEngine.POSTGRESQL);
        ProjectConfig config = config(landscape);
        try (VerifiedRelease release = landscape.release(temp, "r1", migrations())) {
            deploy(config, release, RolloutRequest.to("test"));

            assertThatThrownBy(() -> deploy(config, release, RolloutRequest.to("staging")))
                    .isInstanceOf(RolloutRefusedException.class)
                    .hasMessageContaining("needs manual approval by one of release-managers, dba-team");
            assertThatThrownBy(() -> deploy(config, release, RolloutRequest.to("staging")
                    .approvedBy("mallory").withApproverGroups(Set.of("developers"))))
                    .hasMessageContaining("'mallory' may not approve rollouts to 'staging'")
                    .hasMessageContaining("release-managers, dba-team");
            assertThat(hasHistory(landscape.staging.get(0))).isFalse();

            DeploymentRecord approved = deploy(config, release, RolloutRequest.to("staging")
                    .approvedBy("Dba-Team"));
            assertThat(approved.approvedBy()).isEqualTo("Dba-Team");
            assertThat(approved.notes()).contains("Approved by Dba-Team.");
            assertThat(history(landscape.staging.get(2))).allMatch(row -> row.endsWith(" Dba-Team"));
        }
    }

    @Test
    void shouldLeaveOtherTargetsDeployedWhenOneFailsAndFinishOnlyThatOneOnReRun() throws Exception {
        Landscape landscape = new Landscape(SqlEngine.POSTGRESQL);
        ProjectConfig config = config(landscape);
        TestDatabase broken = landscape.staging.get(1);
        execute(broken, "CREATE TABLE orders (legacy TEXT)");
        try (VerifiedRelease release = landscape.release(temp, "r1", migrations())) {
            deploy(config, release, RolloutRequest.to("test"));
            RolloutRequest request = RolloutRequest.to("staging").approvedBy("dba-team");

            DeploymentRecord first = deploy(config, release, request);

            assertThat(first.status()).isEqualTo(DeploymentStatus.PARTIAL);
            assertThat(first.targets()).extracting(DeploymentRecord.Target::status)
                    .containsExactly(TargetOutcome.SUCCESS, TargetOutcome.FAILED, TargetOutcome.SUCCESS);
            DeploymentRecord.Target failed = first.targets().get(1);
            assertThat(failed.error()).contains("202501150910_create_orders.sql");
            assertThat(failed.files()).extracting(DeploymentRecord.File::status)
                    .containsExactly(FileStatus.APPLIED, FileStatus.FAILED, FileStatus.NOT_RUN);

            // the operator fixes the database and records that the failed attempt left nothing behind
            execute(broken, "DROP TABLE orders");
            TargetConnector connector = new TargetConnector(new EnvironmentCredentialsResolver(Landscape.VARIABLES));
            var target = config.environment("staging").targets().get(1);
            TargetConnector.migratorFor(target, MigrationOptions.defaults()).resolve(connector.databaseTarget(target),
                    MigrationVersion.parse("202501150910"), Resolution.ROLLED_BACK, "ops", "dropped the legacy table");
            DeploymentRecord second = deploy(config, release, request);

            assertThat(second.status()).isEqualTo(DeploymentStatus.SUCCESS);
            assertThat(second.targets()).extracting(DeploymentRecord.Target::status)
                    .containsExactly(TargetOutcome.NOTHING_TO_DO, TargetOutcome.SUCCESS, TargetOutcome.NOTHING_TO_DO);
            assertThat(second.targets().get(1).files()).extracting(DeploymentRecord.File::status)
                    .containsExactly(FileStatus.SKIPPED, FileStatus.APPLIED, FileStatus.APPLIED);
        }
    }

    @Test
    void shouldFinishAnUnreachableTargetOnReRun() throws Exception {
        Landscape landscape = new Landscape(SqlEngine.POSTGRESQL);
        String missing = "not_created_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
        String yaml = landscape.yaml.replace("databases: [", "databases: [" + missing + ", ");
        ProjectConfig config = new io.jenkins.plugins.dbgitops.engine.config.ProjectConfigReader(Landscape.VARIABLES)
                .parse(yaml, temp.resolve("dbgitops.yaml"));
        try (VerifiedRelease release = landscape.release(temp, "r1", migrations())) {
            deploy(config, release, RolloutRequest.to("test"));
            RolloutRequest request = RolloutRequest.to("staging").approvedBy("dba-team");

            DeploymentRecord first = deploy(config, release, request);
            execute(landscape.staging.get(0), "CREATE DATABASE " + missing);
            DeploymentRecord second = deploy(config, release, request);

            assertThat(first.status()).isEqualTo(DeploymentStatus.PARTIAL);
            assertThat(first.targets().get(0).status()).isEqualTo(TargetOutcome.INPUT_ERROR);
            assertThat(first.targets().get(0).error()).doesNotContain("password=postgres");
            assertThat(second.status()).isEqualTo(DeploymentStatus.SUCCESS);
            assertThat(second.targets()).extracting(DeploymentRecord.Target::status).containsExactly(
                    TargetOutcome.SUCCESS, TargetOutcome.NOTHING_TO_DO, TargetOutcome.NOTHING_TO_DO,
                    TargetOutcome.NOTHING_TO_DO);
        }
    }

    @Test
    void shouldPlanADryRunWithoutApprovalAndChangeNothing() throws Exception {
        Landscape landscape = new Landscape(SqlEngine.POSTGRESQL);
        ProjectConfig config = config(landscape);
        try (VerifiedRelease release = landscape.release(temp, "r1", migrations())) {
            DeploymentRecord dryRun = deploy(config, release, RolloutRequest.to("test").withDryRun(true));

            assertThat(dryRun.dryRun()).isTrue();
            assertThat(dryRun.targets()).allSatisfy(target -> assertThat(target.files())
                    .extracting(DeploymentRecord.File::status).containsOnly(FileStatus.WOULD_APPLY));
            assertThat(hasHistory(landscape.test.get(0))).isFalse();
        }
    }

    @Test
    void shouldReportDriftAppliedVersionsPendingVersionsAndTheLatestRelease() throws Exception {
        Landscape landscape = new Landscape(SqlEngine.POSTGRESQL);
        ProjectConfig config = config(landscape);
        Map<String, String> older = new LinkedHashMap<>(migrations());
        older.remove("202501151000_seed_customers_dml.sql");
        try (VerifiedRelease newer = landscape.release(temp, "r2", migrations());
                VerifiedRelease previous = landscape.release(temp, "r1", older)) {
            deploy(config, newer, RolloutRequest.to("test"));
            execute(landscape.test.get(1), "UPDATE dbgitops_history SET checksum = 'feedface' WHERE version ="
                    + " '202501150900'");
            StatusInspector inspector = new StatusInspector(
                    new TargetConnector(new EnvironmentCredentialsResolver(Landscape.VARIABLES)));

            List<TargetState> states = inspector.inspect(config, Optional.empty(), previous.migrationFiles());

            TargetState first = states.get(0);
            assertThat(first.environment()).isEqualTo("test");
            assertThat(first.latestRelease()).contains(newer.releaseId());
            assertThat(first.applied()).containsExactly("202501150900", "202501150910");
            assertThat(first.drift()).containsExactly("202501151000: applied by release " + newer.releaseId()
                    + " but not in the release");
            assertThat(states.get(1).drift()).anySatisfy(drift -> assertThat(drift)
                    .startsWith("202501150900: applied with checksum feedface"));
            TargetState staging = states.get(2);
            assertThat(staging.environment()).isEqualTo("staging");
            assertThat(staging.pending()).containsExactly("202501150900", "202501150910");
            assertThat(staging.summary()).isEqualTo("PENDING");
            assertThat(states).hasSize(7);
            assertThat(DeploymentMatrix.ofStates(states)).contains("DRIFT").contains("PENDING");
        }
    }

    @Test
    void shouldRoundTripTheDeploymentRecordAsJson() throws Exception {
        Landscape landscape = new Landscape(SqlEngine.POSTGRESQL);
        ProjectConfig config = config(landscape);
        try (VerifiedRelease release = landscape.release(temp, "r1", migrations())) {
            DeploymentRecord record = deploy(config, release, RolloutRequest.to("test"));
            Path file = temp.resolve("records/test.json");

            DeploymentRecords.write(record, file);

            assertThat(DeploymentRecords.read(file)).isEqualTo(record);
            assertThat(DeploymentRecords.toJson(record)).contains("\"environment\" : \"test\"")
                    .contains("\"status\" : \"APPLIED\"").doesNotContain("password");
            assertThat(DeploymentMatrix.ofRecords(List.of(record))).contains("test-1").contains("=> SUCCESS");
        }
    }
}
