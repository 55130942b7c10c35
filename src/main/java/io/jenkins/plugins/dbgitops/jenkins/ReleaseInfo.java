package io.jenkins.plugins.dbgitops.jenkins;

import io.jenkins.plugins.dbgitops.engine.deploy.ReleaseHtml;
import io.jenkins.plugins.dbgitops.engine.migration.ChangeType;
import io.jenkins.plugins.dbgitops.engine.release.ManifestEntry;
import io.jenkins.plugins.dbgitops.engine.release.Release;
import io.jenkins.plugins.dbgitops.engine.release.ReleaseManifest;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A packaged release as the build keeps it: the manifest's facts and where the archive lies in the workspace. A
 * plain class, not a record: it is stored in {@code build.xml} through XStream, which cannot read records back.
 */
public final class ReleaseInfo implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String id;
    private final String commit;
    private final String branch;
    private final String repositoryUrl;
    private final String engine;
    private final String createdAt;
    private final ArrayList<FileRow> files;
    private final String archivePath;
    private final String manifestPath;
    private final boolean alreadyExisted;
    private final String review;

    /**
     * @param archivePath  the archive, relative to the workspace, with {@code /}
     * @param manifestPath the manifest written beside it, relative to the workspace
     */
    public ReleaseInfo(String id, String commit, String branch, String repositoryUrl, String engine, String createdAt,
            List<FileRow> files, String archivePath, String manifestPath, boolean alreadyExisted, String review) {
        this.id = id;
        this.commit = commit;
        this.branch = branch;
        this.repositoryUrl = repositoryUrl;
        this.engine = engine;
        this.createdAt = createdAt;
        this.files = new ArrayList<>(files);
        this.archivePath = archivePath;
        this.manifestPath = manifestPath;
        this.alreadyExisted = alreadyExisted;
        this.review = review;
    }

    static ReleaseInfo of(Release release, Path workspace, Path manifestFile) {
        ReleaseManifest manifest = release.manifest();
        return new ReleaseInfo(manifest.releaseId(), manifest.commit(), manifest.branch(), manifest.repositoryUrl(),
                manifest.engine(), manifest.createdAt().toString(),
                manifest.files().stream().map(FileRow::of).toList(), relative(workspace, release.archive()),
                relative(workspace, manifestFile), release.alreadyExisted(), release.review().summary());
    }

    static String relative(Path workspace, Path file) {
        return workspace.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
    }

    public String id() {
        return id;
    }

    public String commit() {
        return commit;
    }

    public String branch() {
        return branch;
    }

    public String repositoryUrl() {
        return repositoryUrl;
    }

    public String engine() {
        return engine;
    }

    public String createdAt() {
        return createdAt;
    }

    public List<FileRow> files() {
        return Collections.unmodifiableList(files);
    }

    public String archivePath() {
        return archivePath;
    }

    public String manifestPath() {
        return manifestPath;
    }

    public boolean alreadyExisted() {
        return alreadyExisted;
    }

    public String review() {
        return review;
    }

    public String getShortCommit() {
        return commit.length() <= 7 ? commit : commit.substring(0, 7);
    }

    /** A web link to the commit for GitHub, GitLab, Bitbucket and Gitea style URLs, or null. */
    public String getCommitUrl() {
        return ReleaseHtml.commitUrl(repositoryUrl, commit);
    }

    /** The manifest this was made from, for the engine's release page (the build keeps these facts, not the file). */
    ReleaseManifest manifest() {
        return new ReleaseManifest(ReleaseManifest.FORMAT_VERSION, id, commit, branch, repositoryUrl,
                createdAt == null ? null : Instant.parse(createdAt), engine,
                files.stream().map(FileRow::entry).toList());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReleaseInfo that && alreadyExisted == that.alreadyExisted && Objects.equals(id, that.id)
                && Objects.equals(commit, that.commit) && Objects.equals(branch, that.branch)
                && Objects.equals(repositoryUrl, that.repositoryUrl) && Objects.equals(engine, that.engine)
                && Objects.equals(createdAt, that.createdAt) && files.equals(that.files)
                && Objects.equals(archivePath, that.archivePath) && Objects.equals(manifestPath, that.manifestPath)
                && Objects.equals(review, that.review);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, commit, files, archivePath);
    }

    /**
     * One migration of the release. Its size is {@code bytes()}, not {@code size()}: Jelly's expression language
     * takes {@code x.size()} for its own size function.
     */
    public static final class FileRow implements Serializable {
        private static final long serialVersionUID = 1L;

        private final String version;
        private final String type;
        private final String path;
        private final long bytes;
        private final String sha256;

        public FileRow(String version, String type, String path, long bytes, String sha256) {
            this.version = version;
            this.type = type;
            this.path = path;
            this.bytes = bytes;
            this.sha256 = sha256;
        }

        static FileRow of(ManifestEntry entry) {
            return new FileRow(entry.version(), entry.type().name(), entry.path(), entry.size(), entry.sha256());
        }

        ManifestEntry entry() {
            return new ManifestEntry(version, ChangeType.valueOf(type), path, bytes, sha256);
        }

        public String version() {
            return version;
        }

        public String type() {
            return type;
        }

        public String path() {
            return path;
        }

        public long bytes() {
            return bytes;
        }

        public String sha256() {
            return sha256;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof FileRow that && bytes == that.bytes && Objects.equals(version, that.version)
                    && Objects.equals(type, that.type) && Objects.equals(path, that.path)
                    && Objects.equals(sha256, that.sha256);
        }

        @Override
        public int hashCode() {
            return Objects.hash(version, type, path, bytes, sha256);
        }
    }
}
