package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.config.EnvironmentCredentialsResolver;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfig;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfigReader;
import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentMatrix;
import io.jenkins.plugins.dbgitops.engine.deploy.StatusInspector;
import io.jenkins.plugins.dbgitops.engine.deploy.TargetConnector;
import io.jenkins.plugins.dbgitops.engine.deploy.TargetState;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationScanner;
import io.jenkins.plugins.dbgitops.engine.release.ReleaseVerifier;
import io.jenkins.plugins.dbgitops.engine.release.VerifiedRelease;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dbgitops env-status}: for each environment and target of {@code dbgitops.yaml}, the release and versions
 * applied, what is pending, and drift, compared with a release or with the working tree.
 */
@Command(name = "env-status", mixinStandardHelpOptions = true,
        description = {"Shows, for each environment and target, which release and versions are applied, what is",
            "pending and any drift (versions applied that the release does not hold, or whose checksum differs)."})
public final class EnvironmentStatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = ProjectConfig.DEFAULT_FILE_NAME,
            description = "The project configuration (default: ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = "--release", paramLabel = "FILE.zip", description = "Compare with this release (default: the"
            + " migrations directory of the working tree).")
    Path release;

    @Option(names = "--env", paramLabel = "NAME", description = "Only this environment.")
    String environment;

    @Option(names = "--fail-on-drift", description = "Exit 1 when any target has drift or is blocked.")
    boolean failOnDrift;

    @Override
    public Integer call() {
        Map<String, String> variables = System.getenv();
        ProjectConfig project = new ProjectConfigReader(variables).read(config);
        List<TargetState> states = inspect(project, variables, release, environment, spec.commandLine().getOut());
        boolean drift = states.stream().anyMatch(state -> state.hasDrift() || !state.blocked().isEmpty());
        return failOnDrift && drift ? ExitCodes.FAILURE : ExitCodes.SUCCESS;
    }

    /** Prints the status table; shared with the {@code status} command's configuration form. */
    static List<TargetState> inspect(ProjectConfig project, Map<String, String> variables, Path release,
            String environment, PrintWriter out) {
        StatusInspector inspector = new StatusInspector(new TargetConnector(
                new EnvironmentCredentialsResolver(variables)));
        List<TargetState> states;
        if (release != null) {
            try (VerifiedRelease verified = ReleaseVerifier.verify(release)) {
                out.println("Compared with release " + verified.releaseId() + " (" + verified.migrationFiles().size()
                        + " migrations).");
                states = inspector.inspect(project, Optional.ofNullable(environment), verified.migrationFiles());
            }
        } else {
            out.println("Compared with the working tree " + project.migrationsDirectory() + ".");
            states = inspector.inspect(project, Optional.ofNullable(environment),
                    MigrationScanner.scan(project.migrationsDirectory()).migrations());
        }
        out.print(DeploymentMatrix.ofStates(states));
        out.flush();
        return states;
    }
}
