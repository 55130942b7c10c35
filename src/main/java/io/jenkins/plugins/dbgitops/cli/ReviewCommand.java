package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.config.ProjectConfig;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfigReader;
import io.jenkins.plugins.dbgitops.engine.config.ReviewSettings;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.service.ReviewRequest;
import io.jenkins.plugins.dbgitops.engine.review.service.ReviewService;
import io.jenkins.plugins.dbgitops.engine.review.report.ReportFormat;
import io.jenkins.plugins.dbgitops.engine.review.report.ReviewReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dbgitops review}: reviews migration files against a policy and exits 1 when findings reach the fail level. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Review SQL migrations against a policy of rules (see 'dbgitops rules').",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding at or above the --fail-on level",
            "1:findings at or above the --fail-on level",
            "2:bad usage or bad input: a missing file, an unreadable or invalid policy, an unknown git ref, a database"
                + " that cannot be reached"})
public final class ReviewCommand implements Callable<Integer> {

    @Option(names = "--policy", paramLabel = "FILE|TEMPLATE",
            description = "Policy YAML file (ours or a Bytebase SQL review policy), or a template: prod, dev."
                    + " Default: review.policy of the configuration, else prod.")
    String policy;

    @Option(names = "--dialect", paramLabel = "DIALECT",
            description = "SQL dialect: postgresql, mysql, mariadb (also h2, sqlite). Default: engine of the"
                    + " configuration, else postgresql.")
    String dialect;

    @Option(names = "--config", paramLabel = "FILE", description = "The project configuration whose migrations,"
            + " engine, review.policy and review.schema or review.schemaFrom the review follows, as the release does (default: dbgitops.yaml in the"
            + " working directory, when there is one). --dialect, --policy and PATH override it, with a note.")
    Path config;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: text, json, sarif, junit, markdown, codequality, html (one self-contained page)."
                    + " Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of the console.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit 1 when a finding is at or above: error, warning, never. Default: ${DEFAULT-VALUE}.")
    String failOn;

    @Option(names = "--changed-since", paramLabel = "REF",
            description = "Review only files changed since this git ref (e.g. origin/main); earlier migrations still"
                    + " feed the catalog.")
    String changedSince;

    @Option(names = "--link-base", paramLabel = "URL",
            description = "Prefix for line links in Markdown, e.g. https://github.com/org/repo/blob/<sha>/.")
    String linkBase;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Migration directories or SQL files (default:"
            + " the configuration's migrations directory).")
    List<Path> paths;

    @CommandLine.Mixin
    PublishOptions publishing = new PublishOptions();

    @CommandLine.Mixin
    SchemaOptions schema = new SchemaOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Optional<ProjectConfig> project = project();
        ReviewSettings settings = settings(project);
        settings.notes().forEach(note -> spec.commandLine().getErr().println("dbgitops: " + note));
        List<Path> reviewed = paths == null || paths.isEmpty() ? List.of(settings.migrationsDirectory()) : paths;
        ReviewRequest request = new ReviewRequest(reviewed, settings.engine(), settings.policy(),
                Optional.ofNullable(changedSince), failLevel(), Path.of(""), linkBase,
                schema.resolve(settings.engine(), project));
        ReviewReport report = ReviewService.withDefaults().review(request);
        String rendered = report.render(reportFormat());
        if (output != null) {
            HtmlReports.write(output, rendered);
            spec.commandLine().getErr().println("dbgitops: " + (report.failed() ? "review failed" : "review passed")
                    + ", " + report.errors() + " errors and " + report.warnings() + " warnings; report written to "
                    + output);
        } else {
            spec.commandLine().getOut().print(rendered);
        }
        if (!report.skipped().isEmpty() && (output != null || reportFormat() != ReportFormat.TEXT)) {
            spec.commandLine().getErr().println("dbgitops: skipped " + String.join(", ", report.skipped())
                    + ": they need a database; give --schema-from (or review.schemaFrom) to run them.");
        }
        String publishProblem = publishing.publishIfAsked(report.render(ReportFormat.MARKDOWN), report.errors(),
                report.warnings(), report.failed());
        if (publishProblem != null) {
            spec.commandLine().getErr().println("dbgitops: " + publishProblem);
        }
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().flush();
        if (report.failed()) {
            return ExitCodes.FAILURE;
        }
        // the review passed but nobody was told: make the build notice the misconfiguration
        return publishProblem == null ? ExitCodes.SUCCESS : ExitCodes.BAD_INPUT;
    }

    /** dbgitops.yaml, given or in the working directory. */
    private Optional<ProjectConfig> project() {
        Path file = config != null ? config : Path.of(ProjectConfig.DEFAULT_FILE_NAME);
        return config != null || Files.isRegularFile(file)
                ? Optional.of(new ProjectConfigReader(System.getenv()).read(file)) : Optional.empty();
    }

    /** dbgitops.yaml with what the command line gives explicitly on top. */
    private ReviewSettings settings(Optional<ProjectConfig> project) {
        String path = paths == null || paths.size() != 1 ? null : paths.get(0).toString();
        try {
            return ReviewSettings.resolve(Path.of("").toAbsolutePath(), project, path, dialect, policy);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--dialect: " + e.getMessage());
        }
    }

    private ReportFormat reportFormat() {
        try {
            return ReportFormat.fromName(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
    }

    private Level failLevel() {
        return switch (failOn.trim().toLowerCase(Locale.ROOT)) {
            case "error" -> Level.ERROR;
            case "warning" -> Level.WARNING;
            case "never" -> Level.OFF;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--fail-on: '" + failOn + "' is not a level: use error, warning or never.");
        };
    }
}
