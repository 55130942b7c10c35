package io.jenkins.plugins.dbgitops.engine.release;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfig;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationFile;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationScanner;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationSet;
import io.jenkins.plugins.dbgitops.engine.migration.Checksums;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Packages every migration of a project into an immutable release archive {@code <release-id>.zip} holding the
 * files and {@code manifest.json}. The archive is deterministic: the same files and request give the same bytes.
 */
public final class ReleasePackager {
    /** DOS time cannot hold 1970; 1980-01-01 is the earliest it can, and keeps archives reproducible. */
    private static final LocalDateTime FIXED_ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final int MAX_LISTED = 5;

    private final ReleaseGate gate;

    public ReleasePackager(ReleaseGate gate) {
        this.gate = gate;
    }

    /**
     * Reviews and packages the project's migrations into {@code outputDirectory}.
     *
     * @throws ReleaseRefusedException when the review finds errors and the request does not allow them
     * @throws UserInputException      for unversioned files, no migrations, no commit, uncommitted changes, or an
     *                                 existing different archive with the same id
     */
    public Release build(ProjectConfig config, ReleaseRequest request, Path outputDirectory) {
        MigrationSet migrations = MigrationScanner.scan(config.migrationsDirectory());
        checkPackageable(migrations);
        Origin origin = origin(config, request);

        ReviewOutcome review = gate.review(config, migrations);
        if (review.hasErrors() && !request.allowReviewErrors()) {
            throw new ReleaseRefusedException("The review found " + review.errors() + " error(s), so no release"
                    + " was packaged: fix them, or pass --allow-review-errors to release anyway. " + review.summary(),
                    review);
        }

        Map<String, byte[]> files = new TreeMap<>();
        List<ManifestEntry> entries = new ArrayList<>();
        for (MigrationFile migration : migrations.migrations()) {
            byte[] bytes = readBytes(migration);
            files.put(ReleaseManifest.MIGRATIONS_FOLDER + migration.script(), bytes);
            entries.add(new ManifestEntry(migration.version().toString(), migration.type(), migration.script(),
                    bytes.length, Checksums.sha256Hex(bytes)));
        }

        createDirectories(outputDirectory);
        ReleaseIdTemplate template = ReleaseIdTemplate.of(request.idTemplate().orElse(config.releaseIdTemplate()));
        String releaseId = releaseId(template, origin, request, outputDirectory);
        ReleaseManifest manifest = new ReleaseManifest(ReleaseManifest.FORMAT_VERSION, releaseId, origin.commit(),
                origin.branch(), origin.repositoryUrl(), request.createdAt(), config.engine().id(), entries);
        byte[] archive = zip(manifest, files);
        Path target = outputDirectory.resolve(releaseId + ".zip");
        boolean existed = store(target, archive);
        return new Release(target, manifest, review, existed);
    }

    private static void checkPackageable(MigrationSet migrations) {
        if (!migrations.unversioned().isEmpty()) {
            throw new UserInputException("These files in " + migrations.directory() + " have no version, so they"
                    + " cannot be released: " + listed(migrations.unversioned()) + ". Start each name with a version,"
                    + " such as 202501150900_add_users.sql, or move them out of the migrations directory.");
        }
        if (migrations.migrations().isEmpty()) {
            throw new UserInputException("There are no migrations in " + migrations.directory() + " to release: add"
                    + " a file such as 202501150900_create_tables.sql.");
        }
    }

    private record Origin(String commit, String branch, String repositoryUrl) {
    }

    private static Origin origin(ProjectConfig config, ReleaseRequest request) {
        Path base = config.file().toAbsolutePath().getParent();
        boolean allGiven = request.commit().isPresent() && request.branch().isPresent()
                && request.repositoryUrl().isPresent();
        Optional<GitMetadata> git = allGiven ? Optional.empty() : GitMetadata.read(config.migrationsDirectory());
        String commit = request.commit().or(() -> git.map(GitMetadata::commit)).orElseThrow(() ->
                new UserInputException(base + " is not inside a git repository: run the release from a clone, or"
                        + " pass --commit (and --branch)."));
        List<String> uncommitted = git.map(GitMetadata::uncommitted).orElse(List.of());
        if (request.commit().isEmpty() && !request.allowUncommitted() && !uncommitted.isEmpty()) {
            throw new UserInputException("The migrations differ from commit " + commit.substring(0,
                    Math.min(7, commit.length())) + ": " + listed(uncommitted) + ". A release records a commit,"
                    + " so commit these changes first (or pass --allow-uncommitted for a local try).");
        }
        String branch = request.branch().or(() -> git.flatMap(GitMetadata::branch)).orElse("HEAD");
        String url = request.repositoryUrl().or(() -> git.flatMap(GitMetadata::repositoryUrl)).orElse("");
        return new Origin(commit, branch, url);
    }

    private static String releaseId(ReleaseIdTemplate template, Origin origin, ReleaseRequest request,
            Path outputDirectory) {
        if (request.iteration().isPresent() || !template.usesIteration()) {
            return template.render(origin.commit(), origin.branch(), request.iteration().orElse(1),
                    request.createdAt());
        }
        // the next free number: a build that packages twice gets -1, then -2
        for (int iteration = 1; ; iteration++) {
            String id = template.render(origin.commit(), origin.branch(), iteration, request.createdAt());
            if (!Files.exists(outputDirectory.resolve(id + ".zip"))) {
                return id;
            }
        }
    }

    static byte[] zip(ReleaseManifest manifest, Map<String, byte[]> files) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(buffer)) {
            write(zip, ReleaseManifest.FILE_NAME, ReleaseJson.mapper().writeValueAsBytes(manifest));
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                write(zip, file.getKey(), file.getValue());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot build the release archive in memory", e);
        }
        return buffer.toByteArray();
    }

    private static void write(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(FIXED_ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    /** Releases are immutable: an existing archive may only be "re-created" with exactly the same bytes. */
    private static boolean store(Path target, byte[] archive) {
        try {
            if (Files.exists(target)) {
                if (Arrays.equals(Files.readAllBytes(target), archive)) {
                    return true;
                }
                throw new UserInputException("The release " + target.getFileName() + " already exists with other"
                        + " content, and releases are immutable: use another id (--id-template with {iteration},"
                        + " for example) or remove the old archive if it was never deployed.");
            }
            Path temporary = Files.createTempFile(target.getParent(), ".release-", ".zip.tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                out.write(archive);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            return false;
        } catch (IOException e) {
            throw new UserInputException("Cannot write the release " + target + ": " + e.getMessage(), e);
        }
    }

    private static byte[] readBytes(MigrationFile migration) {
        try {
            return Files.readAllBytes(migration.path());
        } catch (IOException e) {
            throw new UserInputException("Cannot read migration " + migration.script() + ": " + e.getMessage(), e);
        }
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UserInputException("Cannot create the output directory " + directory + ": " + e.getMessage(), e);
        }
    }

    private static String listed(List<String> items) {
        List<String> sorted = items.stream().sorted(Comparator.naturalOrder()).toList();
        String shown = String.join(", ", sorted.subList(0, Math.min(MAX_LISTED, sorted.size())));
        return sorted.size() > MAX_LISTED ? shown + " and " + (sorted.size() - MAX_LISTED) + " more" : shown;
    }
}
