package io.jenkins.plugins.dbgitops.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Item;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.security.Permission;
import hudson.util.FormValidation;
import hudson.util.StreamTaskListener;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlReviewStepTest {
    @TempDir
    Path temp;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private FakeStepContext context(Path workspace, FakeBuild build) {
        return new FakeStepContext()
                .with(FilePath.class, new FilePath(workspace.toFile()))
                .with(TaskListener.class, new StreamTaskListener(console, StandardCharsets.UTF_8))
                .with(EnvVars.class, new EnvVars())
                .with(Run.class, build);
    }

    @Test
    void shouldRecordFindingsFailTheBuildAndReturnCountsWhenAnErrorIsFound() throws Exception {
        // Given a workspace with a table without primary key
        Path workspace = Workspaces.withTableWithoutPrimaryKey(Files.createDirectories(temp.resolve("ws")));
        FakeBuild build = new FakeBuild(Files.createDirectories(temp.resolve("build")));
        FakeStepContext context = context(workspace, build);

        // When the step runs
        new SqlReviewStep().start(context).start();

        // Then the findings are on the build, in the console and in the returned map
        assertThat(context.failure).isNull();
        ReviewAction action = build.getAction(ReviewAction.class);
        assertThat(action).isNotNull();
        assertThat(action.getSummary().findings()).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("table.require-pk");
            assertThat(f.file()).contains("202501150901_add_audit_log.sql");
            assertThat(f.line()).isEqualTo(2);
        });
        @SuppressWarnings("unchecked")
        Map<String, Object> counts = (Map<String, Object>) context.returned;
        assertThat(counts).containsEntry("error", action.getErrors()).containsEntry("files", 2);
        assertThat(context.result).isEqualTo(Result.FAILURE);
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("table.require-pk").contains("error(s)");
    }

    @Test
    void shouldOnlyMarkUnstableWhenFailOnIsNever() throws Exception {
        // Given
        Path workspace = Workspaces.withTableWithoutPrimaryKey(Files.createDirectories(temp.resolve("ws")));
        FakeBuild build = new FakeBuild(Files.createDirectories(temp.resolve("build")));
        FakeStepContext context = context(workspace, build);
        SqlReviewStep step = new SqlReviewStep();
        step.setFailOn("never");

        // When
        step.start(context).start();

        // Then
        assertThat(context.result).isEqualTo(Result.UNSTABLE);
    }

    @Test
    void shouldLeaveTheResultAloneForCleanMigrations() throws Exception {
        // Given
        Path workspace = Workspaces.clean(Files.createDirectories(temp.resolve("ws")));
        FakeBuild build = new FakeBuild(Files.createDirectories(temp.resolve("build")));
        FakeStepContext context = context(workspace, build);

        // When
        new SqlReviewStep().start(context).start();

        // Then
        assertThat(context.result).isNull();
        assertThat(build.getAction(ReviewAction.class).getErrors()).isZero();
    }

    @Test
    void shouldFailTheStepWithAnActionableMessageWhenTheFolderIsMissing() throws Exception {
        // Given
        FakeBuild build = new FakeBuild(Files.createDirectories(temp.resolve("build")));
        FakeStepContext context = context(Files.createDirectories(temp.resolve("empty")), build);

        // When
        new SqlReviewStep().start(context).start();

        // Then
        assertThat(context.failure).hasMessageContaining("No migrations directory 'migrations'");
    }

    @Test
    void shouldValidateFailOnForUsersWhoMayConfigureTheJob() {
        SqlReviewStep.DescriptorImpl descriptor = new SqlReviewStep.DescriptorImpl();

        assertThat(descriptor.doCheckFailOn(job(true), "sometimes").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(descriptor.doCheckFailOn(job(true), "warning").kind).isEqualTo(FormValidation.Kind.OK);
    }

    @Test
    void shouldTellNothingToUsersWhoMayNotConfigureTheJob() {
        SqlReviewStep.DescriptorImpl descriptor = new SqlReviewStep.DescriptorImpl();

        assertThat(descriptor.doCheckFailOn(job(false), "sometimes").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(descriptor.doCheckFailOn(null, "sometimes").kind).isEqualTo(FormValidation.Kind.OK);
    }

    private static Item job(boolean mayConfigure) {
        return new FakeBuild.FakeJob() {
            @Override
            public boolean hasPermission(Permission permission) {
                return mayConfigure;
            }
        };
    }

    @Test
    void shouldReviewAsDbgitopsYamlSaysUnlessTheStepSaysOtherwise() throws Exception {
        // Given a MySQL project whose migrations live in db/ and whose policy is dev
        Path workspace = Files.createDirectories(temp.resolve("mysql-ws"));
        Files.createDirectories(workspace.resolve("db"));
        Files.writeString(workspace.resolve("db/1_create_items.sql"),
                "CREATE TABLE items (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY) ENGINE=InnoDB;\n");
        Files.writeString(workspace.resolve("dbgitops.yaml"), "engine: mysql\nmigrations: db\nreview:\n  policy: dev\n");
        FakeBuild build = new FakeBuild(Files.createDirectories(temp.resolve("build-mysql")));

        // When the step runs without options, and again with an explicit dialect
        new SqlReviewStep().start(context(workspace, build)).start();
        String plain = console.toString(StandardCharsets.UTF_8);
        console.reset();
        SqlReviewStep explicit = new SqlReviewStep();
        explicit.setDialect("postgresql");
        explicit.start(context(workspace, build)).start();

        // Then the first follows the file, the second overrides it and says so
        assertThat(plain).contains("[dbgitops] SQL review of db (mysql, policy dev)").doesNotContain("overrides");
        assertThat(build.getAction(ReviewAction.class).getPath()).isEqualTo("db");
        assertThat(console.toString(StandardCharsets.UTF_8))
                .contains("[dbgitops] dialect 'postgresql' given here overrides engine: mysql in dbgitops.yaml.")
                .contains("SQL review of db (postgresql, policy dev)");
    }
}
