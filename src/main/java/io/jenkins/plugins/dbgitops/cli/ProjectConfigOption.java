package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.config.ProjectConfig;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfigReader;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --config FILE}, {@code dbgitops.yaml} by default: the project of {@code release} and {@code rollout}, as a
 * picocli {@code @Mixin}. ({@code review} and {@code status} take the file only when it exists, so they keep their
 * own option.)
 */
public final class ProjectConfigOption {

    @Option(names = "--config", paramLabel = "FILE", defaultValue = ProjectConfig.DEFAULT_FILE_NAME,
            description = "The project configuration (default: ${DEFAULT-VALUE}).")
    Path file;

    /** Reads the configuration, resolving its variables from {@code environment}. */
    ProjectConfig read(Map<String, String> environment) {
        return new ProjectConfigReader(environment).read(file);
    }
}
