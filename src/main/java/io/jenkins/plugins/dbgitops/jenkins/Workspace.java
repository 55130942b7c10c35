package io.jenkins.plugins.dbgitops.jenkins;

import io.jenkins.plugins.dbgitops.engine.config.ProjectConfig;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfigReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Paths the user gives, kept inside the workspace, and the project configuration read from there on the agent. */
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

    /** Reads the project configuration at {@code config} in the workspace, with the build's variables. */
    static ProjectConfig project(Path workspace, String config, Map<String, String> variables) throws IOException {
        return new ProjectConfigReader(variables).read(inside(workspace, config, "configuration"));
    }
}
