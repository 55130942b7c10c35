package io.jenkins.plugins.dbgitops.jenkins;

import java.io.IOException;
import java.nio.file.Path;

/** Paths the user gives, kept inside the workspace. */
final class Workspace {
    private Workspace() {
    }

    static Path inside(Path workspace, String relative, String what) throws IOException {
        Path root = workspace.toAbsolutePath().normalize();
        Path resolved = root.resolve(relative).normalize();
        if (!resolved.startsWith(root)) {
            throw new IOException("The " + what + " '" + relative + "' points outside the workspace; give a path"
                    + " relative to the workspace.");
        }
        return resolved;
    }
}
