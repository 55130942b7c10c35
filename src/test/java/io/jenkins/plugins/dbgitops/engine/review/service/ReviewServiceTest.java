package io.jenkins.plugins.dbgitops.engine.review.service;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.review.report.ReviewReport;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewServiceTest {
    private static final ReviewService SERVICE = ReviewService.withDefaults();

    @TempDir
    Path workspace;

    @Test
    void shouldReviewADirectoryInVersionOrderWithTheCatalogOfEarlierFiles() throws IOException {
        Path migrations = migrations();

        ReviewReport report = SERVICE.review(request(migrations));

        assertThat(report.result().scripts()).containsExactly("migrations/V1__customers.sql",
                "migrations/V2__orders.sql", "migrations/V10__notes.sql");
        assertThat(report.findings()).filteredOn(finding -> finding.ruleId().equals("builtin.walk-through-check"))
                .extracting(Finding::file, Finding::line).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("migrations/V10__notes.sql", 2));
        assertThat(report.failed()).isTrue();
    }

    @Test
    void shouldReviewOneVersionedFileAfterTheEarlierMigrationsOfItsDirectory() throws IOException {
        Path migrations = migrations();

        ReviewReport report = SERVICE.review(request(migrations.resolve("V10__notes.sql")));

        assertThat(report.result().scripts()).containsExactly("migrations/V10__notes.sql");
        assertThat(report.findings()).extracting(Finding::ruleId).contains("builtin.walk-through-check");
    }

    @Test
    void shouldReviewOnlyFilesChangedSinceARefWhileTheCatalogReadsEveryEarlierFile()
            throws IOException, GitAPIException {
        Path migrations = migrations();
        try (Git git = Git.init().setDirectory(workspace.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            commit(git, "initial migrations");
            git.checkout().setCreateBranch(true).setName("feature").call();
            Files.writeString(migrations.resolve("V11__order_notes.sql"),
                    "ALTER TABLE orders ADD COLUMN note text;\nALTER TABLE orders DROP COLUMN discount;\n");
            git.add().addFilepattern(".").call();
            commit(git, "add order notes");
            Files.writeString(migrations.resolve("V12__untracked.sql"), "ALTER TABLE customers DROP COLUMN fax;\n");
        }

        ReviewReport report = SERVICE.review(request(migrations).withChangedSince("main"));

        assertThat(report.result().scripts()).containsExactly("migrations/V11__order_notes.sql",
                "migrations/V12__untracked.sql");
        assertThat(report.findings()).filteredOn(finding -> finding.ruleId().equals("builtin.walk-through-check"))
                .extracting(Finding::file, Finding::line).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("migrations/V11__order_notes.sql", 2),
                        org.assertj.core.groups.Tuple.tuple("migrations/V12__untracked.sql", 1));
    }

    @Test
    void shouldJudgeEachFileOfADirectoryAsItsOwnChangeButChangedFilesAsOne() throws IOException, GitAPIException {
        Path migrations = Files.createDirectories(workspace.resolve("migrations"));
        Files.writeString(migrations.resolve("V1__base.sql"), "CREATE TABLE audit (id bigint PRIMARY KEY);\n");
        try (Git git = Git.init().setDirectory(workspace.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            commit(git, "base");
        }
        Files.writeString(migrations.resolve("V2__orders.sql"),
                "CREATE TABLE orders (id bigint PRIMARY KEY, status text);\n");
        Files.writeString(migrations.resolve("V3__orders_status.sql"), "CREATE INDEX idx_orders_status ON orders (status);\n");

        ReviewReport wholeDirectory = SERVICE.review(request(migrations));
        ReviewReport pullRequest = SERVICE.review(request(migrations).withChangedSince("main"));

        assertThat(wholeDirectory.findings()).extracting(Finding::ruleId).as("orders existed before V3 ran")
                .contains("index.create-concurrently");
        assertThat(pullRequest.findings()).extracting(Finding::ruleId).as("orders is new in the same change")
                .doesNotContain("index.create-concurrently");
    }

    @Test
    void shouldRejectAnUnknownRefAndAMissingPath() throws IOException, GitAPIException {
        Path migrations = migrations();
        try (Git git = Git.init().setDirectory(workspace.toFile()).call()) {
            git.add().addFilepattern(".").call();
            commit(git, "initial");
        }

        assertThatThrownBy(() -> SERVICE.review(request(migrations).withChangedSince("origin/nope")))
                .isInstanceOf(UserInputException.class).hasMessageContaining("'origin/nope' does not exist");
        assertThatThrownBy(() -> SERVICE.review(request(workspace.resolve("missing"))))
                .isInstanceOf(UserInputException.class).hasMessageContaining("no such file or directory");
    }

    private ReviewRequest request(Path path) {
        return ReviewRequest.of(SqlEngine.POSTGRESQL, path).withBaseDirectory(workspace);
    }

    private Path migrations() throws IOException {
        Path migrations = Files.createDirectories(workspace.resolve("migrations"));
        Files.writeString(migrations.resolve("V1__customers.sql"),
                "CREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL, phone text);\n");
        Files.writeString(migrations.resolve("V2__orders.sql"),
                "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers (id));\n");
        Files.writeString(migrations.resolve("V10__notes.sql"),
                "ALTER TABLE customers ADD COLUMN note text;\nALTER TABLE customers DROP COLUMN nickname;\n");
        return migrations;
    }

    private static void commit(Git git, String message) throws GitAPIException {
        git.commit().setMessage(message).setAuthor("dbgitops", "dev@dbgitops.invalid")
                .setCommitter("dbgitops", "dev@dbgitops.invalid").setSign(false).call();
    }
}
