package io.jenkins.plugins.dbgitops.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.model.Result;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jenkinsci.plugins.workflow.support.steps.input.ApproverAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbRolloutStepTest {
    @TempDir
    Path temp;

    static String release(GlueFixture fixture) throws Exception {
        FakeStepContext context = fixture.context(new EnvVars("BRANCH_NAME", "main"));
        new DbReleaseStep().start(context).start();
        assertThat(context.failure).isNull();
        return (String) context.returned;
    }

    static FakeStepContext rollout(GlueFixture fixture, String release, String environment) throws Exception {
        FakeStepContext context = fixture.context(new EnvVars("BRANCH_NAME", "main"));
        new DbRolloutStep(release, environment).start(context).start();
        return context;
    }

    @Test
    void shouldDeployToEveryDatabaseOfTheEnvironmentWithJenkinsCredentialsAndMaskedConsole() throws Exception {
        try (GlueFixture fixture = new GlueFixture(temp)) {
            // Given a packaged release
            String id = release(fixture);

            // When it is rolled out to test
            FakeStepContext context = rollout(fixture, id, "test");

            // Then both databases are migrated, the matrix is on the build, and the console tells each database
            assertThat(context.failure).isNull();
            assertThat(context.returned).isEqualTo("SUCCESS");
            assertThat(context.result).isNull();
            assertThat(GlueFixture.migrated(fixture.test.get(0))).isTrue();
            assertThat(GlueFixture.migrated(fixture.test.get(1))).isTrue();
            DeploymentAction action = fixture.build.getAction(DeploymentAction.class);
            assertThat(action.getDeployments()).singleElement().satisfies(d -> {
                assertThat(d.environment()).isEqualTo("test");
                assertThat(d.releaseId()).isEqualTo(id);
                assertThat(d.targets()).extracting(DeploymentSummary.TargetRow::status)
                        .containsExactly("SUCCESS", "SUCCESS");
                assertThat(d.targets()).allSatisfy(t -> assertThat(t.applied()).isEqualTo(2));
            });
            assertThat(action.getTargetNames()).containsExactly("test-1", "test-2");
            String console = fixture.console();
            assertThat(console).contains("[dbgitops] test-1 (").contains("[dbgitops] test-2 (")
                    .contains("ENVIRONMENT").doesNotContain(GlueFixture.PASSWORD);
            @SuppressWarnings("deprecation")
            File records = new File(fixture.build.getArtifactsDir(), "target/dbgitops/deployments");
            assertThat(new File(records, "test-" + id + ".json")).isFile();
            assertThat(Files.readString(new File(records, "test-" + id + ".json").toPath()))
                    .doesNotContain(GlueFixture.PASSWORD);
        }
    }

    @Test
    void shouldApplyNothingTheSecondTime() throws Exception {
        try (GlueFixture fixture = new GlueFixture(temp)) {
            String id = release(fixture);
            rollout(fixture, id, "test");

            FakeStepContext again = rollout(fixture, id, "test");

            assertThat(again.returned).isEqualTo("NOTHING_TO_DO");
            assertThat(fixture.build.getAction(DeploymentAction.class).getDeployments()).singleElement()
                    .satisfies(d -> assertThat(d.targets()).allSatisfy(t -> assertThat(t.applied()).isZero()));
        }
    }

    @Test
    void shouldRefuseAManualEnvironmentWithoutAnApprovalRecordedByTheInputStep() throws Exception {
        try (GlueFixture fixture = new GlueFixture(temp)) {
            String id = release(fixture);
            rollout(fixture, id, "test");

            FakeStepContext context = rollout(fixture, id, "staging");

            assertThat(context.failure).isInstanceOf(AbortException.class)
                    .hasMessageContaining("release-managers").hasMessageContaining("dba-team");
            assertThat(GlueFixture.migrated(fixture.staging.get(0))).isFalse();
        }
    }

    @Test
    void shouldRefuseAnApproverWhoIsNotAllowed() throws Exception {
        try (GlueFixture fixture = new GlueFixture(temp)) {
            String id = release(fixture);
            rollout(fixture, id, "test");
            fixture.build.addAction(new ApproverAction("mallory"));

            FakeStepContext context = rollout(fixture, id, "staging");

            assertThat(context.failure).hasMessageContaining("mallory");
            assertThat(GlueFixture.migrated(fixture.staging.get(0))).isFalse();
        }
    }

    @Test
    void shouldDeployWithAnAllowedApproverAndRecordThem() throws Exception {
        try (GlueFixture fixture = new GlueFixture(temp)) {
            String id = release(fixture);
            rollout(fixture, id, "test");
            fixture.build.addAction(new ApproverAction("dba-team"));

            FakeStepContext context = rollout(fixture, id, "staging");

            assertThat(context.failure).isNull();
            assertThat(GlueFixture.migrated(fixture.staging.get(0))).isTrue();
            assertThat(fixture.build.getAction(DeploymentAction.class).getDeployments())
                    .filteredOn(d -> d.environment().equals("staging")).singleElement()
                    .satisfies(d -> assertThat(d.approvedBy()).isEqualTo("dba-team"));
        }
    }

    @Test
    void shouldRefuseATamperedRelease() throws Exception {
        try (GlueFixture fixture = new GlueFixture(temp)) {
            // Given a release archive changed after packaging
            String id = release(fixture);
            Path archive = fixture.workspace.resolve("target/dbgitops/releases/" + id + ".zip");
            tamper(archive);

            FakeStepContext context = rollout(fixture, id, "test");

            assertThat(context.failure).isInstanceOf(AbortException.class).hasMessageContaining(id);
            assertThat(GlueFixture.migrated(fixture.test.get(0))).isFalse();
        }
    }

    @Test
    void shouldMarkTheBuildUnstableWhenSomeDatabasesFail() throws Exception {
        try (GlueFixture fixture = new GlueFixture(temp)) {
            // Given a second test database that cannot take the seed (the table exists with another shape)
            String id = release(fixture);
            try (var connection = fixture.test.get(1).connect(); var statement = connection.createStatement()) {
                statement.execute("CREATE TABLE app_user (id bigint)");
            }

            FakeStepContext context = rollout(fixture, id, "test");

            assertThat(context.failure).isNull();
            assertThat(context.returned).isEqualTo("PARTIAL");
            assertThat(context.result).isEqualTo(Result.UNSTABLE);
            assertThat(GlueFixture.migrated(fixture.test.get(0))).isTrue();
        }
    }

    /** Rewrites the archive with one migration changed, as someone editing a release by hand would. */
    private static void tamper(Path archive) throws Exception {
        Path copy = archive.resolveSibling("tampered.zip");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(archive));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().endsWith("_seed_users_dml.sql")) {
                    content = "DELETE FROM app_user;\n".getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        Files.move(copy, archive, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void shouldSayADryRunAppliedNothing() throws Exception {
        try (GlueFixture fixture = new GlueFixture(temp)) {
            String id = release(fixture);
            FakeStepContext context = fixture.context(new EnvVars("BRANCH_NAME", "main"));
            DbRolloutStep step = new DbRolloutStep(id, "test");
            step.setDryRun(true);

            step.start(context).start();

            assertThat(context.failure).isNull();
            assertThat(fixture.console()).contains("test-1 (").contains("DRY RUN, 2 would apply, 0 skipped")
                    .doesNotContain("SUCCESS, 2 applied");
            assertThat(GlueFixture.migrated(fixture.test.get(0))).isFalse();
        }
    }
}
