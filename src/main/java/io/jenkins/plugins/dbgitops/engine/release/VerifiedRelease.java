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
 * from here, never from a working tree. Close it to delete the directory. Made only by {@link ReleaseVerifier}.
 *
 * @param archive        the verified zip
 * @param manifest       its manifest
 * @param manifestSha256 the SHA-256 of the manifest's bytes: with the release id, what names this release's content
 *                       in deployment records (the manifest lists every file's SHA-256, so equal manifests mean equal
 *                       migrations)
 * @param directory      the private temporary directory the files were extracted to
 * @param migrations     the release's migrations, read from the extracted copy, in version order
 */
public record VerifiedRelease(Path archive, ReleaseManifest manifest, String manifestSha256, Path directory,
        MigrationSet migrations) implements AutoCloseable {
    public String releaseId() {
        return manifest.releaseId();
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
