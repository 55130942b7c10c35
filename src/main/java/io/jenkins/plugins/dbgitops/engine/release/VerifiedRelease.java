package io.jenkins.plugins.dbgitops.engine.release;

import io.jenkins.plugins.dbgitops.engine.migration.MigrationFile;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A release that passed verification, extracted to a private temporary directory; rollouts read the migrations
 * from here, never from a working tree. Close it to delete the directory.
 */
public final class VerifiedRelease implements AutoCloseable {
    private final Path archive;
    private final ReleaseManifest manifest;
    private final String manifestSha256;
    private final Path directory;
    private final MigrationSet migrations;

    VerifiedRelease(Path archive, ReleaseManifest manifest, String manifestSha256, Path directory,
            MigrationSet migrations) {
        this.archive = archive;
        this.manifest = manifest;
        this.manifestSha256 = manifestSha256;
        this.directory = directory;
        this.migrations = migrations;
    }

    public Path archive() {
        return archive;
    }

    public ReleaseManifest manifest() {
        return manifest;
    }

    /**
     * The SHA-256 of the manifest's bytes: with the release id, what names this release's content in deployment
     * records (the manifest lists every file's SHA-256, so equal manifests mean equal migrations).
     */
    public String manifestSha256() {
        return manifestSha256;
    }

    public String releaseId() {
        return manifest.releaseId();
    }

    /** The release's migrations, read from the extracted copy, in version order. */
    public MigrationSet migrations() {
        return migrations;
    }

    public List<MigrationFile> migrationFiles() {
        return migrations.migrations();
    }

    @Override
    public void close() {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a temporary directory left behind is harmless; the release itself is untouched
        }
    }
}
