package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
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
import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentMatrixHtml;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code dbgitops.yaml} form of {@code status}: for each environment and target, the release and versions
 * applied, what is pending, and drift, compared with a release or with the working tree.
 */
public final class EnvironmentStatusOptions {

    @Option(names = "--config", paramLabel = "FILE", description = "The project configuration (default: "
            + ProjectConfig.DEFAULT_FILE_NAME + "); shows every environment and target.")
    Path config;

    @Option(names = "--release", paramLabel = "FILE.zip", description = "Compare with this release (default: the"
            + " migrations directory of the working tree).")
    Path release;

    @Option(names = "--env", paramLabel = "NAME", description = "Only this environment.")
    String environment;

    @Option(names = "--fail-on-drift", description = "With --config: exit 1 when a target has drift or is"
            + " blocked.")
    boolean failOnDrift;

    /** Whether an option of this form was given. */
    boolean given() {
        return config != null || release != null || environment != null || failOnDrift;
    }

    void rejectWithDirectForm() {
        if (given()) {
            throw new UserInputException("status takes either --dir and --url (given databases) or --config,"
                    + " --release, --env (the environments of dbgitops.yaml), not both.");
        }
    }

    /** Prints the table (or, with {@code html}, the HTML page) of every target and returns the exit code. */
    int run(PrintWriter out, boolean html) {
        Map<String, String> variables = System.getenv();
        Path file = config != null ? config : Path.of(ProjectConfig.DEFAULT_FILE_NAME);
        ProjectConfig project = new ProjectConfigReader(variables).read(file);
        StatusInspector inspector = new StatusInspector(new TargetConnector(
                new EnvironmentCredentialsResolver(variables)));
        List<TargetState> states;
        String reference;
        if (release != null) {
            try (VerifiedRelease verified = ReleaseVerifier.verify(release)) {
                reference = "release " + verified.releaseId() + " (" + verified.migrationFiles().size()
                        + " migrations)";
                states = inspector.inspect(project, Optional.ofNullable(environment), verified.migrationFiles());
            }
        } else {
            reference = "the working tree " + project.migrationsDirectory();
            states = inspector.inspect(project, Optional.ofNullable(environment),
                    MigrationScanner.scan(project.migrationsDirectory()).migrations());
        }
        if (html) {
            out.print(DeploymentMatrixHtml.ofStates("Database status", reference, states));
        } else {
            out.println("Compared with " + reference + ".");
            out.print(DeploymentMatrix.ofStates(states));
        }
        out.flush();
        boolean drift = states.stream().anyMatch(state -> state.hasDrift() || !state.blocked().isEmpty());
        return failOnDrift && drift ? ExitCodes.FAILURE : ExitCodes.SUCCESS;
    }
}
