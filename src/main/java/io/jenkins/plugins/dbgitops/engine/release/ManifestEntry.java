package io.jenkins.plugins.dbgitops.engine.release;

import io.jenkins.plugins.dbgitops.engine.migration.ChangeType;

/**
 * One migration file of a release.
 *
 * @param version the version from the file name, canonical form
 * @param type    DDL or DML
 * @param path    the path relative to the migrations directory, with {@code /}; the archive holds it under
 *                {@code migrations/}
 * @param size    the size in bytes
 * @param sha256  the SHA-256 of the bytes, lower-case hex
 */
public record ManifestEntry(String version, ChangeType type, String path, long size, String sha256) {

    /** Where the file sits in the archive. */
    public String archivePath() {
        return ReleaseManifest.MIGRATIONS_FOLDER + path;
    }
}
