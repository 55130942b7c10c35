package io.jenkins.plugins.dbgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentRecord;
import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentRecords;
import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentStatus;
import io.jenkins.plugins.dbgitops.engine.migrate.MigrationOptions;
import io.jenkins.plugins.dbgitops.engine.migrate.Migrator;
import io.jenkins.plugins.dbgitops.engine.migrate.Resolution;
import io.jenkins.plugins.dbgitops.engine.migrate.TargetOutcome;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationVersion;
import io.jenkins.plugins.dbgitops.engine.release.GitProjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release, rollout and status (dbgitops.yaml form) commands end to end on in-memory H2 databases, with their
 * exit codes.
 */
class DeploymentCommandsTest {
    @TempDir
    Path temp;

    private final String run = "cli_" + UUID.randomUUID().toString().substring(0, 8);

    private String url(String name) {
        return "jdbc:h2:mem:" + run + "_" + name + ";DB_CLOSE_DELAY=-1";
    }

    private String configuration() {
        return "engine: h2\n"
                + "environments:\n"
                + "  - name: test\n"
                + "    targets:\n"
                + "      - url: \"" + url("test") + "\"\n"
                + "        name: test-db\n"
                + "  - name: staging\n"
                + "    approval: manual\n"
                + "    approvers: [dba-team]\n"
                + "    targets:\n"
                + "      - url: \"" + url("staging_{name}") + "\"\n"
                + "        databases: [a, b]\n";
    }

    private static Map<String, String> migrations() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("1_create_items.sql", "CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(50));\n");
        files.put("2_seed_items_dml.sql", "INSERT INTO items (id, name) VALUES (1, 'first');\n");
        return files;
    }

    private Path repository() {
        return GitProjects.create(temp.resolve("repo"), configuration(), migrations());
    }

    private Path release(Path repository) throws IOException {
        CommandRun release = CommandRun.of("release", "--config", repository.resolve("dbgitops.yaml").toString(),
                "--output", temp.resolve("releases").toString(), "--id-template", "r{iteration}");
        assertThat(release.exitCode()).as(release.toString()).isZero();
        try (Stream<Path> files = Files.list(temp.resolve("releases"))) {
            return files.filter(file -> file.toString().endsWith(".zip")).findFirst().orElseThrow();
        }
    }

    private static CommandRun rollout(Path repository, Path release, String... extra) {
        List<String> args = new ArrayList<>(List.of("rollout", "--config",
                repository.resolve("dbgitops.yaml").toString(), "--release", release.toString()));
        args.addAll(List.of(extra));
        return CommandRun.of(args.toArray(String[]::new));
    }

    private void execute(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void shouldReleaseAndRollOutInOrderWithExitCodes() throws Exception {
        Path repository = repository();
        Path release = release(repository);
        assertThat(release.getFileName()).hasToString("r1.zip");

        CommandRun stagingFirst = rollout(repository, release, "--env", "staging", "--approved-by", "dba-team");
        CommandRun test = rollout(repository, release, "--env", "test");
        CommandRun unapproved = rollout(repository, release, "--env", "staging");
        CommandRun approved = rollout(repository, release, "--env", "staging", "--approved-by", "dba-team",
                "--record", temp.resolve("staging.json").toString());
        CommandRun again = rollout(repository, release, "--env", "staging", "--approved-by", "dba-team");

        assertThat(stagingFirst.exitCode()).as(stagingFirst.toString()).isEqualTo(ExitCodes.FAILURE);
        assertThat(stagingFirst.err()).contains("rollout refused").contains("test/test-db: no successful deployment record of this release")
                .contains("deployment records (*.deployment.json) in " + release.getParent());
        assertThat(test.exitCode()).as(test.toString()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(test.out()).contains("Release r1 verified").contains("test-db").contains("SUCCESS");
        assertThat(release.resolveSibling("r1.test.deployment.json")).exists();
        assertThat(unapproved.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(unapproved.err()).contains("needs manual approval by dba-team");
        assertThat(approved.exitCode()).as(approved.toString()).isEqualTo(ExitCodes.SUCCESS);
        DeploymentRecord record = DeploymentRecords.read(temp.resolve("staging.json"));
        assertThat(record.approvedBy()).isEqualTo("dba-team");
        assertThat(record.targets()).extracting(DeploymentRecord.Target::name).containsExactly("a", "b");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("NOTHING_TO_DO");
    }

    @Test
    void shouldExitOneForAPartialRolloutAndZeroOnceTheReRunFinishesIt() throws Exception {
        Path repository = repository();
        Path release = release(repository);
        rollout(repository, release, "--env", "test");
        execute(url("staging_b"), "CREATE TABLE items (legacy INT)");

        CommandRun partial = rollout(repository, release, "--env", "staging", "--approved-by", "dba-team");
        DeploymentRecord record = DeploymentRecords.read(release.resolveSibling("r1.staging.deployment.json"));
        CommandRun blocked = rollout(repository, release, "--env", "staging", "--approved-by", "dba-team");
        execute(url("staging_b"), "DROP TABLE items");
        new Migrator(MigrationOptions.defaults()).resolve(DatabaseTarget.of(url("staging_b"), null, null),
                MigrationVersion.parse("1"), Resolution.ROLLED_BACK, "ops", "dropped the legacy table");
        CommandRun finished = rollout(repository, release, "--env", "staging", "--approved-by", "dba-team");

        assertThat(partial.exitCode()).as(partial.toString()).isEqualTo(ExitCodes.FAILURE);
        assertThat(partial.out()).contains("PARTIAL");
        assertThat(record.status()).isEqualTo(DeploymentStatus.PARTIAL);
        assertThat(record.targets()).extracting(DeploymentRecord.Target::status)
                .containsExactly(TargetOutcome.SUCCESS, TargetOutcome.FAILED);
        assertThat(blocked.exitCode()).as(blocked.toString()).isEqualTo(ExitCodes.FAILURE);
        assertThat(finished.exitCode()).as(finished.toString()).isEqualTo(ExitCodes.SUCCESS);
        DeploymentRecord last = DeploymentRecords.read(release.resolveSibling("r1.staging.deployment.json"));
        assertThat(last.targets()).extracting(DeploymentRecord.Target::status)
                .containsExactly(TargetOutcome.NOTHING_TO_DO, TargetOutcome.SUCCESS);
    }

    @Test
    void shouldRefuseAReleaseWithReviewErrorsUnlessAllowed() {
        Path repository = repository();
        GitProjects.write(repository.resolve("migrations/3_careless_dml.sql"), "DELETE FROM items;\n");
        GitProjects.commitAll(repository, "Careless");
        String config = repository.resolve("dbgitops.yaml").toString();

        CommandRun refused = CommandRun.of("release", "--config", config, "--output", temp.resolve("out").toString());
        CommandRun allowed = CommandRun.of("release", "--config", config, "--output", temp.resolve("out").toString(),
                "--allow-review-errors");

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCodes.FAILURE);
        assertThat(refused.out()).contains("migrations/3_careless_dml.sql:1:1: error");
        assertThat(refused.err()).contains("no release was packaged").contains("--allow-review-errors");
        assertThat(allowed.exitCode()).as(allowed.toString()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(allowed.out()).contains("Review: 1 error(s)");
    }

    @Test
    void shouldRefuseATamperedReleaseWithExitTwo() throws Exception {
        Path repository = repository();
        Path release = release(repository);
        Path tampered = temp.resolve("tampered.zip");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(release));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tampered))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(entry.getName().endsWith("_dml.sql")
                        ? "DELETE FROM items;\n".getBytes(StandardCharsets.UTF_8) : content);
                out.closeEntry();
            }
        }

        CommandRun run = rollout(repository, tampered, "--env", "test");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("Release tampered.zip: migrations/2_seed_items_dml.sql was changed");
    }

    @Test
    void shouldReportBadInputWithExitTwoAndTheConfigurationPosition() {
        Path repository = repository();
        GitProjects.write(repository.resolve("broken.yaml"), "engine: h2\nenvironments:\n  - name: test\n"
                + "    targets:\n      - credentials: x\n");

        CommandRun noOutput = CommandRun.of("release", "--config", repository.resolve("dbgitops.yaml").toString());
        CommandRun broken = CommandRun.of("release", "--config", repository.resolve("broken.yaml").toString(),
                "--output", temp.resolve("out").toString());
        CommandRun unknownEnvironment = CommandRun.of("status", "--config",
                repository.resolve("dbgitops.yaml").toString(), "--env", "qa");

        assertThat(noOutput.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(noOutput.err()).contains("--output");
        assertThat(broken.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(broken.err()).contains("broken.yaml:5:9: this target of the environment 'test' has no url");
        assertThat(unknownEnvironment.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknownEnvironment.err()).contains("There is no environment 'qa'").contains("test, staging");
    }

    @Test
    void shouldShowStatusAndFailOnDriftWhenAsked() throws Exception {
        Path repository = repository();
        Path release = release(repository);
        rollout(repository, release, "--env", "test");
        GitProjects.write(repository.resolve("migrations/3_more.sql"),
                "CREATE TABLE more_items (id INT PRIMARY KEY);\n");
        Path newer = temp.resolve("newer");
        CommandRun second = CommandRun.of("release", "--config", repository.resolve("dbgitops.yaml").toString(),
                "--output", newer.toString(), "--allow-uncommitted", "--id-template", "r2");
        CommandRun deployNewer = rollout(repository, newer.resolve("r2.zip"), "--env", "test");

        CommandRun status = CommandRun.of("status", "--config", repository.resolve("dbgitops.yaml").toString(),
                "--release", release.toString());
        CommandRun failOnDrift = CommandRun.of("status", "--config", repository.resolve("dbgitops.yaml").toString(),
                "--release", release.toString(), "--env", "test", "--fail-on-drift");

        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(deployNewer.exitCode()).as(deployNewer.toString()).isZero();
        assertThat(status.exitCode()).as(status.toString()).isZero();
        assertThat(status.out()).contains("Compared with release r1").contains("DRIFT")
                .contains("drift: 3: applied by release r2 but not in the release").contains("PENDING");
        assertThat(failOnDrift.exitCode()).isEqualTo(ExitCodes.FAILURE);
    }

    @Test
    void shouldRefuseMixingTheTwoFormsOfStatus() {
        Path repository = repository();

        CommandRun mixed = CommandRun.of("status", "--config", repository.resolve("dbgitops.yaml").toString(),
                "--url", url("test"));
        CommandRun directWithoutDirectory = CommandRun.of("status", "--url", url("test"));

        assertThat(mixed.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(mixed.err()).contains("either --dir and --url");
        assertThat(directWithoutDirectory.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(directWithoutDirectory.err()).contains("--dir");
    }
}
