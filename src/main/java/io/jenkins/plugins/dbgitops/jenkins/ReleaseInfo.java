package io.jenkins.plugins.dbgitops.jenkins;

import io.jenkins.plugins.dbgitops.engine.release.ManifestEntry;
import io.jenkins.plugins.dbgitops.engine.release.Release;
import io.jenkins.plugins.dbgitops.engine.release.ReleaseManifest;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;

/**
 * A packaged release as the build keeps it: the manifest's facts and where the archive lies in the workspace.
 *
 * @param archivePath  the archive, relative to the workspace, with {@code /}
 * @param manifestPath the manifest written beside it, relative to the workspace
 */
public record ReleaseInfo(String id, String commit, String branch, String repositoryUrl, String engine,
        String createdAt, List<FileRow> files, String archivePath, String manifestPath, boolean alreadyExisted,
        String review) implements Serializable {
    public ReleaseInfo {
        files = List.copyOf(files);
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

    public String getShortCommit() {
        return commit.length() <= 7 ? commit : commit.substring(0, 7);
    }

    /** A web link to the commit for GitHub, GitLab, Bitbucket and Gitea style URLs, or null. */
    public String getCommitUrl() {
        if (repositoryUrl == null || repositoryUrl.isBlank() || !repositoryUrl.startsWith("https://")) {
            return null;
        }
        String base = repositoryUrl.endsWith(".git") ? repositoryUrl.substring(0, repositoryUrl.length() - 4)
                : repositoryUrl;
        return base + "/commit/" + commit;
    }

    /** One migration of the release. */
    public record FileRow(String version, String type, String path, long size, String sha256) implements Serializable {
        static FileRow of(ManifestEntry entry) {
            return new FileRow(entry.version(), entry.type().name(), entry.path(), entry.size(), entry.sha256());
        }
    }
}
