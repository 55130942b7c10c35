package io.jenkins.plugins.dbgitops.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.EnvVars;
import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbReleaseStepTest {
    @TempDir
    Path temp;

    @Test
    void shouldPackageArchiveAndRecordTheReleaseAndReturnItsId() throws Exception {
        try (GlueFixture fixture = new GlueFixture(temp)) {
            // Given a main-branch build of the repository
            FakeStepContext context = fixture.context(new EnvVars("BRANCH_NAME", "main"));

            // When dbRelease runs
            new DbReleaseStep().start(context).start();

            // Then the id is returned, the archive and manifest are build artifacts, and the release is on the page
            assertThat(context.failure).isNull();
            String id = (String) context.returned;
            ReleaseAction action = fixture.build.getAction(ReleaseAction.class);
            assertThat(action.getRelease().id()).isEqualTo(id);
            assertThat(action.getRelease().branch()).isEqualTo("main");
            assertThat(action.getRelease().getCommitUrl())
                    .startsWith("https://git.example.com/shop/db/commit/" + action.getRelease().getShortCommit());
            assertThat(action.getFiles()).extracting(ReleaseInfo.FileRow::version)
                    .containsExactly("202501150900", "202501150901");
            assertThat(action.getFiles()).allSatisfy(f -> assertThat(f.sha256()).hasSize(64));
            @SuppressWarnings("deprecation")
            File archive = fixture.build.getArtifactsDir();
            assertThat(new File(archive, "target/dbgitops/releases/" + id + ".zip")).isFile();
            assertThat(new File(archive, "target/dbgitops/releases/" + id + ".manifest.json")).isFile();
            EnvVars exported = new EnvVars();
            action.buildEnvironment(fixture.build, exported);
            assertThat(exported).containsEntry(ReleaseAction.RELEASE_ID_VARIABLE, id)
                    .containsEntry(ReleaseAction.RELEASE_FILE_VARIABLE, "target/dbgitops/releases/" + id + ".zip");
            assertThat(fixture.console()).contains("[dbgitops] release " + id);
        }
    }

    @Test
    void shouldFailTheStepWhenTheConfigurationIsMissing() throws Exception {
        try (GlueFixture fixture = new GlueFixture(temp)) {
            FakeStepContext context = fixture.context(new EnvVars());
            DbReleaseStep step = new DbReleaseStep();
            step.setConfig("missing.yaml");

            step.start(context).start();

            assertThat(context.failure).hasMessageContaining("missing.yaml");
            assertThat(fixture.build.getAction(ReleaseAction.class)).isNull();
        }
    }

    @Test
    void shouldRefuseAReleaseWhoseReviewFindsErrorsUnlessAllowed() throws Exception {
        try (GlueFixture fixture = new GlueFixture(temp)) {
            // Given a merged migration that the review rejects (a table without primary key)
            fixture.write("migrations/202501160900_add_audit_log.sql", "CREATE TABLE audit_log (event text);\n");
            fixture.commitAll("audit log");

            // When dbRelease runs, then it refuses and names the review
            FakeStepContext refused = fixture.context(new EnvVars("BRANCH_NAME", "main"));
            new DbReleaseStep().start(refused).start();
            assertThat(refused.failure).hasMessageContaining("review").hasMessageContaining("error");
            assertThat(fixture.build.getAction(ReleaseAction.class)).isNull();

            // and with allowReviewErrors it packages the release
            FakeStepContext allowed = fixture.context(new EnvVars("BRANCH_NAME", "main"));
            DbReleaseStep step = new DbReleaseStep();
            step.setAllowReviewErrors(true);
            step.start(allowed).start();
            assertThat(allowed.failure).isNull();
            assertThat(fixture.build.getAction(ReleaseAction.class).getFiles()).hasSize(3);
        }
    }
}
