package io.jenkins.plugins.dbgitops.jenkins;

import java.nio.file.Files;
import java.nio.file.Path;

/** A review policy is a template name or a file; a file is relative to the project, not to the agent's directory. */
final class Policies {
    private Policies() {
    }

    static String resolve(Path base, String policy) {
        Path file = base.resolve(policy).normalize();
        return Files.isRegularFile(file) ? file.toString() : policy;
    }
}
