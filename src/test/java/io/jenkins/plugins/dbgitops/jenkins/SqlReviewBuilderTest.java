package io.jenkins.plugins.dbgitops.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Result;
import hudson.util.StreamTaskListener;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlReviewBuilderTest {
    @TempDir
    Path temp;

    @Test
    void shouldFailTheFreestyleBuildAndAddTheReviewAction() throws Exception {
        // Given a freestyle build whose migrations folder comes from a variable
        Path workspace = Workspaces.withTableWithoutPrimaryKey(Files.createDirectories(temp.resolve("ws")));
        FakeBuild build = new FakeBuild(Files.createDirectories(temp.resolve("build")));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        StreamTaskListener listener = new StreamTaskListener(console, StandardCharsets.UTF_8);
        SqlReviewBuilder builder = new SqlReviewBuilder();
        builder.setPath("${DB_DIR}");

        // When
        builder.perform(build, new FilePath(workspace.toFile()), new EnvVars("DB_DIR", "migrations"),
                new Launcher.LocalLauncher(listener), listener);

        // Then
        assertThat(build.getResult()).isEqualTo(Result.FAILURE);
        assertThat(build.getAction(ReviewAction.class).getFindingsByFile().get("migrations/202501150901_add_audit_log.sql"))
                .anySatisfy(f -> assertThat(f.ruleId() + " " + f.level()).isEqualTo("table.require-pk ERROR"));
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("[dbgitops] SQL review of migrations");
    }
}
