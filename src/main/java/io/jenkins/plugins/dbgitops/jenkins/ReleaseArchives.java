package io.jenkins.plugins.dbgitops.jenkins;

import hudson.AbortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a release archive lies in the agent's workspace: a path, or a release id in the release directory. */
final class ReleaseArchives {
    private ReleaseArchives() {
    }

    /**
     * @param release          a release id, or the archive's path relative to the workspace
     * @param releaseDirectory where {@code dbRelease} writes archives, relative to the workspace
     * @throws AbortException when the archive is not there, saying how to bring it
     */
    static Path find(Path workspace, String release, String releaseDirectory) throws IOException {
        boolean isPath = release.endsWith(".zip") || release.contains("/");
        Path archive = Workspace.inside(workspace, isPath ? release : releaseDirectory + "/" + release + ".zip",
                "release");
        if (!Files.isRegularFile(archive)) {
            throw new AbortException("No release archive " + ReleaseInfo.relative(workspace, archive) + " in the"
                    + " workspace of this agent: unstash or copy the release made by dbRelease, or give its path.");
        }
        return archive;
    }
}
