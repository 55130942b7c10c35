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
    private final Path directory;
    private final MigrationSet migrations;

    VerifiedRelease(Path archive, ReleaseManifest manifest, Path directory, MigrationSet migrations) {
        this.archive = archive;
        this.manifest = manifest;
        this.directory = directory;
        this.migrations = migrations;
    }

    public Path archive() {
        return archive;
    }

    public ReleaseManifest manifest() {
        return manifest;
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
