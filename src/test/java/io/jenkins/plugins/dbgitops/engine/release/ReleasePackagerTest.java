package io.jenkins.plugins.dbgitops.engine.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfig;
import io.jenkins.plugins.dbgitops.engine.migration.ChangeType;
import io.jenkins.plugins.dbgitops.engine.migration.Checksums;
import io.jenkins.plugins.dbgitops.engine.review.service.ReviewService;
import io.jenkins.plugins.dbgitops.engine.review.report.ReviewReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleasePackagerTest {
    private static final Instant CREATED = Instant.parse("2025-01-15T09:30:12Z");

    @TempDir
    Path temp;

    private static Map<String, String> migrations() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("202501150900_create_users.sql", "CREATE TABLE users (id BIGINT PRIMARY KEY, name TEXT);\n");
        files.put("202501150901_seed_users_dml.sql", "INSERT INTO users VALUES (1, 'admin');\n");
        files.put("sub/202501160800_add_email.sql", "ALTER TABLE users ADD COLUMN email TEXT;\n");
        return files;
    }

    private Path repository() {
        return GitProjects.create(temp.resolve("repo"), migrations());
    }

    private static Release build(Path repository, ReleaseRequest request, Path output) {
        return new ReleasePackager(ReleaseGate.NONE).build(GitProjects.config(repository), request, output);
    }

    @Test
    void shouldPackageEveryMigrationWithAManifestFromGit() throws Exception {
        Path repository = repository();

        Release release = build(repository, ReleaseRequest.at(CREATED), temp.resolve("out"));

        ReleaseManifest manifest = release.manifest();
        assertThat(manifest.commit()).matches("[0-9a-f]{40}");
        assertThat(manifest.releaseId()).isEqualTo("20250115-0930-" + manifest.shortCommit());
        assertThat(release.archive()).isEqualTo(temp.resolve("out").resolve(manifest.releaseId() + ".zip"));
        assertThat(manifest.branch()).isEqualTo("main");
        assertThat(manifest.repositoryUrl()).isEqualTo("https://****@git.example.com/shop/db.git");
        assertThat(manifest.createdAt()).isEqualTo(CREATED);
        assertThat(manifest.engine()).isEqualTo("postgresql");
        assertThat(manifest.files()).extracting(ManifestEntry::path).containsExactly(
                "202501150900_create_users.sql", "202501150901_seed_users_dml.sql", "sub/202501160800_add_email.sql");
        ManifestEntry seed = manifest.files().get(1);
        byte[] seedBytes = migrations().get("202501150901_seed_users_dml.sql").getBytes(StandardCharsets.UTF_8);
        assertThat(seed.version()).isEqualTo("202501150901");
        assertThat(seed.type()).isEqualTo(ChangeType.DML);
        assertThat(seed.size()).isEqualTo(seedBytes.length);
        assertThat(seed.sha256()).isEqualTo(Checksums.sha256Hex(seedBytes));
        assertThat(ZipSurgery.entries(release.archive()).keySet()).containsExactly("manifest.json",
                "migrations/202501150900_create_users.sql", "migrations/202501150901_seed_users_dml.sql",
                "migrations/sub/202501160800_add_email.sql");
    }

    @Test
    void shouldRoundTripTheManifestThroughVerification() {
        Release release = build(repository(), ReleaseRequest.at(CREATED), temp.resolve("out"));

        try (VerifiedRelease verified = ReleaseVerifier.verify(release.archive())) {
            assertThat(verified.manifest()).isEqualTo(release.manifest());
            assertThat(verified.migrationFiles()).extracting(file -> file.version().toString())
                    .containsExactly("202501150900", "202501150901", "202501160800");
            assertThat(verified.migrationFiles().get(0).content()).isEqualTo(
                    migrations().get("202501150900_create_users.sql"));
        }
    }

    @Test
    void shouldProduceTheSameBytesForTheSameInput() throws Exception {
        Path repository = repository();

        Release first = build(repository, ReleaseRequest.at(CREATED), temp.resolve("one"));
        Release second = build(repository, ReleaseRequest.at(CREATED), temp.resolve("two"));
        Release again = build(repository, ReleaseRequest.at(CREATED), temp.resolve("one"));

        assertThat(Files.readAllBytes(first.archive())).isEqualTo(Files.readAllBytes(second.archive()));
        assertThat(first.alreadyExisted()).isFalse();
        assertThat(again.alreadyExisted()).isTrue();
    }

    @Test
    void shouldRefuseToOverwriteAReleaseWithOtherContent() {
        Path repository = repository();
        ReleaseRequest request = ReleaseRequest.at(CREATED).withIdTemplate("fixed");
        build(repository, request, temp.resolve("out"));
        GitProjects.write(repository.resolve("migrations/202501170000_more.sql"), "SELECT 1;\n");
        GitProjects.commitAll(repository, "More");

        assertThatThrownBy(() -> build(repository, request, temp.resolve("out")))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("fixed.zip already exists with other content")
                .hasMessageContaining("immutable");
    }

    @Test
    void shouldRenderIdTemplatesWithBranchCommitAndIteration() {
        Path repository = repository();
        Path output = temp.resolve("out");
        ReleaseRequest request = ReleaseRequest.at(CREATED).withBranch("feature/login")
                .withIdTemplate("{branch}-{yyyyMMdd}-{iteration}");

        Release first = build(repository, request, output);
        GitProjects.write(repository.resolve("migrations/202501170000_more.sql"), "SELECT 1;\n");
        GitProjects.commitAll(repository, "More");
        Release second = build(repository, request, output);
        Release explicit = build(repository, request.withIteration(42).withIdTemplate("r{iteration}-{commit}"),
                output);

        assertThat(first.manifest().releaseId()).isEqualTo("feature-login-20250115-1");
        assertThat(second.manifest().releaseId()).isEqualTo("feature-login-20250115-2");
        assertThat(explicit.manifest().releaseId()).isEqualTo("r42-" + explicit.manifest().commit());
        assertThatThrownBy(() -> ReleaseIdTemplate.of("{version}-{shortCommit}"))
                .hasMessageContaining("Unknown placeholder {version}");
    }

    @Test
    void shouldPreferGivenCommitBranchAndUrlOverGit() {
        Path repository = repository();

        Release release = build(repository, ReleaseRequest.at(CREATED).withCommit("abcdef0123456789")
                .withBranch("release/1.0").withRepositoryUrl("https://example.com/x.git"), temp.resolve("out"));

        assertThat(release.manifest().commit()).isEqualTo("abcdef0123456789");
        assertThat(release.manifest().releaseId()).endsWith("-abcdef0");
        assertThat(release.manifest().branch()).isEqualTo("release/1.0");
        assertThat(release.manifest().repositoryUrl()).isEqualTo("https://example.com/x.git");
    }

    @Test
    void shouldRefuseUncommittedAndUnversionedMigrations() {
        Path repository = repository();
        GitProjects.write(repository.resolve("migrations/202501170000_local.sql"), "SELECT 1;\n");

        assertThatThrownBy(() -> build(repository, ReleaseRequest.at(CREATED), temp.resolve("out")))
                .hasMessageContaining("differ from commit")
                .hasMessageContaining("migrations/202501170000_local.sql");
        assertThat(build(repository, ReleaseRequest.at(CREATED).withAllowUncommitted(true), temp.resolve("out"))
                .manifest().files()).hasSize(4);

        GitProjects.write(repository.resolve("migrations/readme.sql"), "-- notes\n");
        GitProjects.commitAll(repository, "Notes");
        assertThatThrownBy(() -> build(repository, ReleaseRequest.at(CREATED), temp.resolve("out")))
                .hasMessageContaining("have no version").hasMessageContaining("readme.sql");
    }

    @Test
    void shouldRefuseAReleaseOutsideGitWithoutACommit() {
        Path directory = temp.resolve("plain");
        GitProjects.write(directory.resolve(ProjectConfig.DEFAULT_FILE_NAME), GitProjects.CONFIG);
        GitProjects.write(directory.resolve("migrations/1_init.sql"), "SELECT 1;\n");

        assertThatThrownBy(() -> build(directory, ReleaseRequest.at(CREATED), temp.resolve("out")))
                .hasMessageContaining("not inside a git repository").hasMessageContaining("--commit");
    }

    @Test
    void shouldReviewBeforePackagingAndRefuseErrorsUnlessAllowed() {
        Path repository = repository();
        AtomicInteger reviewedFiles = new AtomicInteger();
        ReleaseGate gate = (config, set) -> {
            reviewedFiles.set(set.migrations().size());
            return new ReviewOutcome(true, 2, 1, "2 errors, 1 warning");
        };
        ReleasePackager packager = new ReleasePackager(gate);
        ProjectConfig config = GitProjects.config(repository);

        assertThatThrownBy(() -> packager.build(config, ReleaseRequest.at(CREATED), temp.resolve("out")))
                .isInstanceOf(ReleaseRefusedException.class)
                .hasMessageContaining("found 2 error(s)")
                .hasMessageContaining("--allow-review-errors");
        assertThat(temp.resolve("out")).doesNotExist();
        Release allowed = packager.build(config, ReleaseRequest.at(CREATED).withAllowReviewErrors(true),
                temp.resolve("out"));
        assertThat(reviewedFiles).hasValue(3);
        assertThat(allowed.review().errors()).isEqualTo(2);
        assertThat(allowed.archive()).exists();
    }

    @Test
    void shouldRefuseAReleaseThatTheSqlReviewFailsAndHandOverTheReport() {
        Path repository = repository();
        GitProjects.write(repository.resolve("migrations/202501170000_purge_dml.sql"), "DELETE FROM users;\n");
        GitProjects.commitAll(repository, "Purge");
        List<ReviewReport> reports = new ArrayList<>();
        ReleasePackager packager = new ReleasePackager(new ReviewReleaseGate(ReviewService.withDefaults(),
                reports::add));

        assertThatThrownBy(() -> packager.build(GitProjects.config(repository), ReleaseRequest.at(CREATED),
                temp.resolve("out")))
                .isInstanceOf(ReleaseRefusedException.class)
                .hasMessageContaining("policy prod");
        assertThat(reports).singleElement().satisfies(report -> {
            assertThat(report.failed()).isTrue();
            assertThat(report.findings()).anySatisfy(finding ->
                    assertThat(finding.file()).isEqualTo("migrations/202501170000_purge_dml.sql"));
        });
    }
}
