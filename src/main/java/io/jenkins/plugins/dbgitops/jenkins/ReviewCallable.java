package io.jenkins.plugins.dbgitops.jenkins;

import hudson.AbortException;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.config.CredentialsReference;
import io.jenkins.plugins.dbgitops.engine.config.EnvironmentCredentialsResolver;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfig;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfigReader;
import io.jenkins.plugins.dbgitops.engine.config.ReviewSettings;
import io.jenkins.plugins.dbgitops.engine.review.service.ReviewRequest;
import io.jenkins.plugins.dbgitops.engine.review.service.ReviewService;
import io.jenkins.plugins.dbgitops.engine.review.report.ReportFormat;
import io.jenkins.plugins.dbgitops.engine.review.report.ReviewReport;
import io.jenkins.plugins.dbgitops.engine.review.schema.DatabaseReview;
import io.jenkins.plugins.dbgitops.engine.review.schema.ReviewDatabases;
import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jenkins.MasterToSlaveFileCallable;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Runs the SQL review in the workspace on the agent, where the migration files are, and writes the SARIF and JUnit
 * reports there for {@code recordIssues} and {@code junit}.
 */
final class ReviewCallable extends MasterToSlaveFileCallable<ReviewCallable.Result> {
    private static final long serialVersionUID = 1L;
    static final String SARIF_REPORT = "target/dbgitops/review.sarif";
    static final String JUNIT_REPORT = "target/dbgitops/review-junit.xml";

    private final ReviewOptions options;
    private final String changedSince;
    private final Map<String, String> variables;
    private final Map<String, DatabaseLogin> logins;
    private final TaskListener listener;

    /** @param logins the Jenkins credentials the review's databases name, looked up on the controller */
    ReviewCallable(ReviewOptions options, String changedSince, Map<String, String> variables,
            Map<String, DatabaseLogin> logins, TaskListener listener) {
        this.options = options;
        this.changedSince = changedSince;
        this.variables = Map.copyOf(variables);
        this.logins = Map.copyOf(logins);
        this.listener = listener;
    }

    @Override
    public Result invoke(File workspaceDir, VirtualChannel channel) throws IOException {
        Path workspace = workspaceDir.toPath().toAbsolutePath().normalize();
        try {
            Optional<ProjectConfig> config = config(workspace, options.config(), variables);
            ReviewSettings settings = ReviewSettings.resolve(workspace, config, options.path(), options.dialect(),
                    options.policy());
            Path directory = Workspace.inside(workspace, workspace.relativize(settings.migrationsDirectory())
                    .toString(), "review path");
            String path = ReleaseInfo.relative(workspace, directory);
            if (!Files.isDirectory(directory)) {
                throw new AbortException("No migrations directory '" + path + "' in the workspace; set 'path' (or"
                        + " migrations: in " + options.config() + ") to the folder that holds the .sql files.");
            }
            PrintStream log = new PrintStream(new SecretMaskingOutputStream(listener.getLogger(),
                    DatabaseLogins.passwords(logins)), true, StandardCharsets.UTF_8);
            settings.notes().forEach(note -> log.println("[dbgitops] " + note));
            log.println("[dbgitops] SQL review of " + path + " (" + settings.engine().id() + ", policy "
                    + shown(workspace, settings.policy())
                    + (changedSince == null ? "" : ", files changed since " + changedSince) + ")");
            ReviewRequest request = new ReviewRequest(List.of(directory), settings.engine(), settings.policy(),
                    Optional.ofNullable(changedSince), options.failOn().level(), workspace, "",
                    databases(config, settings, log));
            ReviewReport report = ReviewService.withDefaults().review(request);
            if (!report.skipped().isEmpty()) {
                log.println("[dbgitops] skipped " + String.join(", ", report.skipped()) + ": they need a database;"
                        + " set schemaFrom (or review.schemaFrom in " + options.config() + ") to run them.");
            }
            write(workspace.resolve(SARIF_REPORT), report.render(ReportFormat.SARIF));
            write(workspace.resolve(JUNIT_REPORT), report.render(ReportFormat.JUNIT));
            return new Result(new ReviewSummary(path, report.result().files(), report.result().statements(),
                    report.findings().stream().map(ReviewFindingRow::of).toList(), report.failed(),
                    report.render(ReportFormat.MARKDOWN), headCommit(workspace), report.skipped()),
                    report.htmlFragment());
        } catch (UserInputException | IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
    }

    /** The project configuration, when the workspace has one. */
    static Optional<ProjectConfig> config(Path workspace, String file, Map<String, String> variables)
            throws IOException {
        Path configFile = Workspace.inside(workspace, file, "configuration");
        return Files.isRegularFile(configFile)
                ? Optional.of(new ProjectConfigReader(variables).read(configFile)) : Optional.empty();
    }

    /** The live schema, snapshot and dry-run server the configuration and the job ask for. */
    private DatabaseReview databases(Optional<ProjectConfig> config, ReviewSettings settings, PrintStream log)
            throws AbortException {
        if (config.isEmpty()) {
            if (options.schemaFrom() != null || options.dryRun()) {
                throw new AbortException("schemaFrom and dryRun read their databases from " + options.config()
                        + ", which is not in the workspace: add it (review.schemaFrom, review.dryRun) or set"
                        + " 'config' to its path.");
            }
            return DatabaseReview.none();
        }
        DatabaseReview database = ReviewDatabases.resolve(config.get(), Optional.ofNullable(options.schemaFrom()),
                options.dryRun(), DatabaseLogins.resolver(logins, new EnvironmentCredentialsResolver(variables)),
                settings.engine());
        database.live().ifPresent(live -> log.println("[dbgitops] the review starts from the schema of "
                + live.name() + " (" + live.redactedUrl() + "), read only"));
        if (database.live().isEmpty() && database.schema().isPresent()) {
            log.println("[dbgitops] the review starts from the schema snapshot of review.schema");
        }
        database.dryRunServer().ifPresent(server -> log.println("[dbgitops] dry run on a throwaway database on "
                + server.redactedUrl()));
        return database;
    }

    /** Reads, on the agent, which Jenkins credentials the review's databases name. */
    /** The review as the build keeps it, and its HTML for the build page (kept beside build.xml, not in it). */
    record Result(ReviewSummary summary, String html) implements Serializable {
    }

    static final class CredentialsIds extends MasterToSlaveFileCallable<List<String>> {
        private static final long serialVersionUID = 1L;
        private final ReviewOptions options;
        private final Map<String, String> variables;

        CredentialsIds(ReviewOptions options, Map<String, String> variables) {
            this.options = options;
            this.variables = Map.copyOf(variables);
        }

        @Override
        public List<String> invoke(File workspaceDir, VirtualChannel channel) throws IOException {
            try {
                Optional<ProjectConfig> config = config(workspaceDir.toPath().toAbsolutePath().normalize(),
                        options.config(), variables);
                return config.map(project -> ReviewDatabases.credentials(project,
                        Optional.ofNullable(options.schemaFrom()), options.dryRun()).stream()
                        .filter(reference -> !reference.isEnvironment()).map(CredentialsReference::credentialsId)
                        .distinct().toList()).orElse(List.of());
            } catch (UserInputException | IllegalArgumentException e) {
                throw new AbortException(e.getMessage());
            }
        }
    }

    /** A policy file as a workspace path, a template as its name. */
    private static String shown(Path workspace, String policy) {
        Path file = Path.of(policy);
        return file.isAbsolute() && file.startsWith(workspace) ? ReleaseInfo.relative(workspace, file) : policy;
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** The checked-out commit, for the pull request status when the build does not say. */
    private static String headCommit(Path workspace) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(workspace.toFile());
        if (builder.getGitDir() == null) {
            return null;
        }
        try (Repository repository = builder.build()) {
            ObjectId head = repository.resolve("HEAD");
            return head == null ? null : head.name();
        } catch (IOException e) {
            return null;
        }
    }
}
