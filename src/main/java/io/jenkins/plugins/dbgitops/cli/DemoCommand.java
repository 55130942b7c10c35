package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.config.EnvironmentConfig;
import io.jenkins.plugins.dbgitops.engine.config.EnvironmentCredentialsResolver;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfig;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfigReader;
import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentMatrix;
import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentRecord;
import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentRecords;
import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentStatus;
import io.jenkins.plugins.dbgitops.engine.deploy.RolloutListener;
import io.jenkins.plugins.dbgitops.engine.deploy.RolloutRefusedException;
import io.jenkins.plugins.dbgitops.engine.deploy.RolloutRequest;
import io.jenkins.plugins.dbgitops.engine.deploy.RolloutRunner;
import io.jenkins.plugins.dbgitops.engine.deploy.StatusInspector;
import io.jenkins.plugins.dbgitops.engine.deploy.TargetConnector;
import io.jenkins.plugins.dbgitops.engine.deploy.TargetState;
import io.jenkins.plugins.dbgitops.engine.migration.ChangeType;
import io.jenkins.plugins.dbgitops.engine.release.Release;
import io.jenkins.plugins.dbgitops.engine.release.ReleasePackager;
import io.jenkins.plugins.dbgitops.engine.release.ReleaseRequest;
import io.jenkins.plugins.dbgitops.engine.release.ReleaseVerifier;
import io.jenkins.plugins.dbgitops.engine.release.VerifiedRelease;
import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentMatrixHtml;
import io.jenkins.plugins.dbgitops.engine.report.html.HtmlPage;
import io.jenkins.plugins.dbgitops.engine.review.service.ReviewRequest;
import io.jenkins.plugins.dbgitops.engine.review.service.ReviewService;
import io.jenkins.plugins.dbgitops.engine.review.report.ReportFormat;
import io.jenkins.plugins.dbgitops.engine.review.report.ReviewReport;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dbgitops demo}: the whole flow on embedded H2 databases, with no setup and no network: a git repository
 * of example migrations, review, release, and a rollout through test, staging and prod with the promotion order
 * and approvals enforced.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the whole flow on embedded databases, with no setup.",
            "Example repository, a pull request (a migration that breaks a rule, the review, the fix, the merge),",
            "release, rollout to test (2 databases), staging (a group of 3, with approval) and prod, then the",
            "deployment matrix; writes the review and the deployment as HTML pages under DIR/reports."})
public final class DemoCommand implements Callable<Integer> {
    static final String APPROVER = "alice";
    static final String APPROVER_GROUP = "dba-team";
    static final String DEPLOYMENT_REPORT = "deployment.html";
    static final String REVIEW_REPORT = "review.html";
    static final String FEATURE_BRANCH = "feature/order-notes";
    static final String FEATURE_FILE = "migrations/202503011000_add_order_notes.sql";
    /** Breaks two rules on every engine: a NOT NULL column without a default, and an UPDATE without WHERE. */
    static final String BROKEN_MIGRATION = """
            -- Customers can leave a note on an order.
            ALTER TABLE orders ADD COLUMN note VARCHAR(500) NOT NULL;
            UPDATE orders SET note = '';
            """;
    static final String FIXED_MIGRATION = """
            -- Customers can leave a note on an order; existing orders get an empty one.
            ALTER TABLE orders ADD COLUMN note VARCHAR(500) NOT NULL DEFAULT '';
            """;

    @Spec
    CommandSpec spec;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "h2",
            description = "Where to deploy: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, in-process and the"
                    + " fastest). postgresql and mariadb start an embedded server (PostgreSQL 17, MariaDB 11.4).")
    DemoDatabases.Engine engine;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where to create the example repository (default: a"
            + " new temporary directory). It is kept, with the release and the deployment records.")
    Path directory;

    private PrintWriter out;
    private int step;
    /** Where the demo keeps its deployment records: the promotion check reads them, as 'rollout' does. */
    private Path recordsFolder;

    @Override
    public Integer call() throws IOException {
        out = spec.commandLine().getOut();
        Path root = directory != null ? Files.createDirectories(directory)
                : Files.createTempDirectory("dbgitops-demo-");
        Path repository = root.resolve("shop-database");
        if (Files.exists(repository)) {
            throw new UserInputException(repository + " already exists: pass another --dir, or remove it.");
        }
        Files.createDirectories(repository);
        long started = System.nanoTime();
        try (DemoDatabases databases = DemoDatabases.start(engine, root)) {
            out.println("dbgitops demo: a pull request reviewed, merged, released and rolled out to "
                    + databases.description() + ". Nothing to install, no network.");
            boolean asExpected = run(root, repository, databases);
            out.println();
            out.println(asExpected ? "Demo finished: the release went through test, staging and prod in order."
                    : "Demo finished with unexpected results; see above.");
            out.println("Files: " + root + " (" + (System.nanoTime() - started) / 1_000_000 + " ms)");
            out.flush();
            return asExpected ? ExitCodes.SUCCESS : ExitCodes.FAILURE;
        }
    }

    private boolean run(Path root, Path repository, DemoDatabases databases) {
        String commit = ExampleRepository.create(repository, databases.example());
        Map<String, String> variables = databases.variables();
        ProjectConfig config = new ProjectConfigReader(variables).read(repository.resolve("dbgitops.yaml"));
        step("A user repository with dbgitops.yaml and migrations, committed to git");
        say("repository: " + repository + " (commit " + commit.substring(0, 7) + " on main)");
        for (EnvironmentConfig environment : config.environments()) {
            say("environment " + environment.name() + ": " + environment.targets().size() + " database(s)"
                    + (environment.approvers().isEmpty() ? "" : ", approved by " + environment.approvers()));
        }
        boolean asExpected = pullRequest(root, repository, databases.example().dialect());

        step("Review and release main: every migration, reviewed, in an immutable zip with a manifest");
        Release release = new ReleasePackager(ReviewGates.forProject(out)).build(config,
                ReleaseRequest.at(Instant.now()), root.resolve("releases"));
        long dml = release.manifest().files().stream().filter(file -> file.type() == ChangeType.DML).count();
        say("review: " + release.review().summary());
        say("release " + release.manifest().releaseId() + ": " + release.manifest().files().size() + " migrations ("
                + dml + " DML), " + release.archive());
        return asExpected & rollouts(root, config, variables, release);
    }

    /**
     * A feature branch whose migration breaks a rule, the review's findings (also as an HTML page), the fix that
     * passes the review, and the merge into main.
     */
    private boolean pullRequest(Path root, Path repository, SqlEngine dialect) {
        step("Pull request: branch " + FEATURE_BRANCH + " adds a NOT NULL column and backfills it");
        ExampleRepository.commitOnBranch(repository, FEATURE_BRANCH, FEATURE_FILE, BROKEN_MIGRATION,
                "Order notes");
        ReviewReport broken = reviewChanges(repository, dialect);
        say("review of the changes since main: " + broken.errors() + " error(s), " + broken.warnings()
                + " warning(s)");
        broken.findings().stream().filter(broken::fails).forEach(finding -> say("  " + finding.file() + ":"
                + finding.line() + " " + finding.ruleId() + ": " + finding.message()));
        Path report = root.resolve("reports").resolve(REVIEW_REPORT);
        HtmlReports.write(report, broken.render(ReportFormat.HTML));
        say("review report (HTML): " + report);

        step("The fix: a default for the new column instead of a backfill without WHERE");
        ExampleRepository.commitOnBranch(repository, FEATURE_BRANCH, FEATURE_FILE, FIXED_MIGRATION,
                "Order notes: a default instead of a backfill");
        ReviewReport fixed = reviewChanges(repository, dialect);
        say("review of the changes since main: " + (fixed.failed() ? "failed" : "passed") + ", "
                + fixed.errors() + " error(s), " + fixed.warnings() + " warning(s)");
        String merge = ExampleRepository.merge(repository, FEATURE_BRANCH, "Merge pull request: order notes");
        say("merged into main: " + merge.substring(0, 7));
        return broken.failed() && !fixed.failed();
    }

    private static ReviewReport reviewChanges(Path repository, SqlEngine dialect) {
        return ReviewService.withDefaults().review(ReviewRequest.of(dialect, repository.resolve("migrations"))
                .withChangedSince(ExampleRepository.MAIN).withBaseDirectory(repository));
    }

    private boolean rollouts(Path root, ProjectConfig config, Map<String, String> variables, Release release) {
        RolloutRunner runner = new RolloutRunner(new EnvironmentCredentialsResolver(variables));
        recordsFolder = root.resolve("records");
        List<DeploymentRecord> records = new ArrayList<>();
        boolean asExpected;
        try (VerifiedRelease verified = ReleaseVerifier.verify(release.archive())) {
            say("verified: every file matches the manifest's SHA-256");
            asExpected = rollout("Roll out to test (automatic)", runner, config, verified,
                    RolloutRequest.to("test"), records, root);
            asExpected &= refused("Try prod before staging: the promotion order refuses it", runner, config,
                    verified, RolloutRequest.to("prod").approvedBy(APPROVER)
                            .withApproverGroups(Set.of(APPROVER_GROUP)));
            asExpected &= refused("Try staging without an approver: manual approval refuses it", runner, config,
                    verified, RolloutRequest.to("staging"));
            asExpected &= rollout("Roll out to staging, a group of 3 databases, approved by " + APPROVER + " ("
                    + APPROVER_GROUP + ")", runner, config, verified, RolloutRequest.to("staging")
                    .approvedBy(APPROVER).withApproverGroups(Set.of(APPROVER_GROUP)), records, root);
            asExpected &= rollout("Roll out to prod, approved by " + APPROVER, runner, config, verified,
                    RolloutRequest.to("prod").approvedBy(APPROVER).withApproverGroups(Set.of(APPROVER_GROUP)),
                    records, root);
            DeploymentRecord again = runner.rollout(config, verified, withRecords(RolloutRequest.to("prod")
                    .approvedBy(APPROVER).withApproverGroups(Set.of(APPROVER_GROUP))), RolloutListener.NONE);
            step("Roll out to prod again: safe, nothing new is applied");
            say("result: " + again.status());
            asExpected &= again.status() == DeploymentStatus.NOTHING_TO_DO;

            step("Deployment matrix (environments x databases)");
            out.print(DeploymentMatrix.ofRecords(records));
            step("Status of every environment against the release");
            List<TargetState> states = new StatusInspector(new TargetConnector(
                    new EnvironmentCredentialsResolver(variables))).inspect(config, Optional.empty(),
                    verified.migrationFiles());
            out.print(DeploymentMatrix.ofStates(states));
            asExpected &= states.stream().allMatch(state -> state.summary().equals("UP_TO_DATE"));
            Path report = root.resolve("reports").resolve(DEPLOYMENT_REPORT);
            HtmlReports.write(report, HtmlPage.document("Deployment of " + verified.releaseId(),
                    "<h1>Deployment of " + HtmlPage.text(verified.releaseId()) + "</h1>\n"
                            + DeploymentMatrixHtml.recordsBody(records)
                            + "<h2>Status of every database against the release</h2>\n"
                            + DeploymentMatrixHtml.statesBody(states)));
            say("deployment report (HTML): " + report);
        }
        return asExpected;
    }

    private boolean rollout(String title, RolloutRunner runner, ProjectConfig config, VerifiedRelease release,
            RolloutRequest request, List<DeploymentRecord> records, Path root) {
        step(title);
        DeploymentRecord record = runner.rollout(config, release, withRecords(request),
                new ConsoleRolloutListener(out, "   "));
        Path file = recordsFolder.resolve(record.releaseId() + "." + record.environment() + DeploymentRecords.SUFFIX);
        DeploymentRecords.write(record, file);
        records.add(record);
        say("result: " + record.status() + " in " + record.durationMs() + " ms; record " + file.getFileName());
        return record.status() == DeploymentStatus.SUCCESS;
    }

    private boolean refused(String title, RolloutRunner runner, ProjectConfig config, VerifiedRelease release,
            RolloutRequest request) {
        step(title);
        try {
            DeploymentRecord record = runner.rollout(config, release, withRecords(request), RolloutListener.NONE);
            say("unexpectedly deployed: " + record.status());
            return false;
        } catch (RolloutRefusedException e) {
            say("refused: " + e.getMessage());
            return true;
        }
    }

    private RolloutRequest withRecords(RolloutRequest request) {
        return request.withEvidence(DeploymentRecords.evidenceIn(recordsFolder));
    }

    private void step(String title) {
        out.println();
        out.println(++step + ". " + title);
        out.flush();
    }

    private void say(String line) {
        out.println("   " + line);
        out.flush();
    }
}
