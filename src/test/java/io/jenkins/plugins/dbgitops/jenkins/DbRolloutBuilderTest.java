package io.jenkins.plugins.dbgitops.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbRolloutBuilderTest {
    @TempDir
    Path temp;

    @Test
    void shouldDeployTheReleaseNamedByABuildVariable() throws Exception {
        try (GlueFixture fixture = new GlueFixture(temp)) {
            // Given a freestyle build that packaged a release, exported as DBGITOPS_RELEASE_ID
            FakeStepContext context = fixture.context(new EnvVars("BRANCH_NAME", "main"));
            new DbReleaseStep().start(context).start();
            EnvVars env = new EnvVars();
            fixture.build.getAction(ReleaseAction.class).buildEnvironment(fixture.build, env);

            // When the "Database rollout" build step runs with the variable
            new DbRolloutBuilder("${DBGITOPS_RELEASE_ID}", "test").perform(fixture.build,
                    new FilePath(fixture.workspace.toFile()), env, new Launcher.LocalLauncher(fixture.listener),
                    fixture.listener);

            // Then
            assertThat(fixture.build.getResult()).isNull();
            assertThat(GlueFixture.migrated(fixture.test.get(1))).isTrue();
            assertThat(fixture.build.getAction(DeploymentAction.class).getDeployments()).hasSize(1);
        }
    }

    @Test
    void shouldFailTheBuildForAnUnknownEnvironment() throws Exception {
        try (GlueFixture fixture = new GlueFixture(temp)) {
            FakeStepContext context = fixture.context(new EnvVars("BRANCH_NAME", "main"));
            new DbReleaseStep().start(context).start();
            String id = (String) context.returned;

            assertThatThrownBy(() -> new DbRolloutBuilder(id, "qa").perform(fixture.build,
                    new FilePath(fixture.workspace.toFile()), new EnvVars(),
                    new Launcher.LocalLauncher(fixture.listener), fixture.listener))
                    .isInstanceOf(AbortException.class).hasMessageContaining("qa").hasMessageContaining("staging");
        }
    }
}
