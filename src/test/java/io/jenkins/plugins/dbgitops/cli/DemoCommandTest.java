package io.jenkins.plugins.dbgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path temp;

    @Test
    void shouldRunTheWholeFlowOnEmbeddedDatabases() throws Exception {
        CommandRun demo = CommandRun.of("demo", "--dir", temp.toString());

        assertThat(demo.exitCode()).as(demo.toString()).isZero();
        assertThat(demo.out())
                .contains("embedded H2 databases")
                .contains("Roll out to test")
                .contains("refused: Release")
                .contains("cannot go to 'prod' yet")
                .contains("refused: Environment 'staging' needs manual approval")
                .contains("Approved by alice (member of dba-team).")
                .contains("[globex] SUCCESS")
                .contains("Roll out to prod again: safe, nothing new is applied")
                .contains("result: NOTHING_TO_DO")
                .contains("Demo finished: the release went through test, staging and prod in order.");
        assertThat(demo.out().lines().filter(line -> line.contains("UP_TO_DATE"))).hasSize(6);
        assertThat(temp.resolve("shop-database/migrations/202501150920_seed_order_statuses_dml.sql")).exists();
        assertThat(temp.resolve("records")).isDirectoryContaining(path -> path.toString().endsWith(
                ".prod.deployment.json"));
        assertPullRequestStory(demo, "column.add-not-null-require-default");
    }

    @Test
    void shouldRunTheStoryOnEmbeddedPostgresql() throws Exception {
        CommandRun demo = CommandRun.of("demo", "--engine", "postgresql", "--dir", temp.toString());

        assertThat(demo.exitCode()).as(demo.toString()).isZero();
        assertThat(demo.out()).contains("embedded PostgreSQL 17").contains("[initech] SUCCESS")
                .contains("Demo finished: the release went through test, staging and prod in order.");
        assertThat(demo.out().lines().filter(line -> line.contains("UP_TO_DATE"))).hasSize(6);
        assertPullRequestStory(demo, "column.add-not-null-require-default");
    }

    @Test
    void shouldRunTheStoryOnEmbeddedMariaDb() throws Exception {
        CommandRun demo = CommandRun.of("demo", "--engine", "mariadb", "--dir", temp.toString());

        assertThat(demo.exitCode()).as(demo.toString()).isZero();
        assertThat(demo.out()).contains("embedded MariaDB 11.4").contains("[acme] SUCCESS")
                .contains("Demo finished: the release went through test, staging and prod in order.");
        assertThat(demo.out().lines().filter(line -> line.contains("UP_TO_DATE"))).hasSize(6);
        assertPullRequestStory(demo, "statement.where.require.update-delete");
    }

    /** The feature branch broke a rule, the review said so (also as HTML), the fix passed and was merged. */
    private void assertPullRequestStory(CommandRun demo, String brokenRule) throws Exception {
        assertThat(demo.out()).contains("Pull request: branch " + DemoCommand.FEATURE_BRANCH)
                .contains(brokenRule).contains("review of the changes since main: passed");
        Path review = temp.resolve("reports").resolve(DemoCommand.REVIEW_REPORT);
        assertThat(Files.readString(review)).contains(brokenRule).contains("202503011000_add_order_notes.sql");
        assertThat(Files.readString(temp.resolve("reports").resolve(DemoCommand.DEPLOYMENT_REPORT)))
                .contains("app-test", "staging", "initech", "prod");
        try (Git git = Git.open(temp.resolve("shop-database").toFile())) {
            RevCommit head = git.log().setMaxCount(1).call().iterator().next();
            assertThat(head.getParentCount()).as("main ends with the pull request's merge commit").isEqualTo(2);
            assertThat(git.getRepository().getBranch()).isEqualTo(ExampleRepository.MAIN);
        }
        assertThat(Files.readString(temp.resolve("shop-database").resolve(DemoCommand.FEATURE_FILE)))
                .isEqualTo(DemoCommand.FIXED_MIGRATION);
    }
}
