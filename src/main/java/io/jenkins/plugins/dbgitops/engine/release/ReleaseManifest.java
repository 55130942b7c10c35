package io.jenkins.plugins.dbgitops.engine.release;

import java.time.Instant;
import java.util.List;

/**
 * {@code manifest.json} of a release archive: what was released from where, and every file with its checksum, so
 * that a rollout can prove it deploys exactly what was reviewed.
 *
 * @param formatVersion the manifest format, {@value #FORMAT_VERSION}
 * @param releaseId     the release id, also the archive's base name
 * @param commit        the full commit id the files come from
 * @param branch        the branch the release was cut from
 * @param repositoryUrl the repository's remote URL without credentials, or empty when there is none
 * @param createdAt     when the release was packaged
 * @param engine        the SQL engine the migrations are written for
 * @param files         every migration, in version order
 */
public record ReleaseManifest(int formatVersion, String releaseId, String commit, String branch, String repositoryUrl,
        Instant createdAt, String engine, List<ManifestEntry> files) {

    public static final int FORMAT_VERSION = 1;
    public static final String FILE_NAME = "manifest.json";
    public static final String MIGRATIONS_FOLDER = "migrations/";

    public ReleaseManifest {
        files = files == null ? null : List.copyOf(files);
    }

    /** The first 7 characters of the commit, as git shows it. */
    public String shortCommit() {
        return commit.length() <= 7 ? commit : commit.substring(0, 7);
    }
}
