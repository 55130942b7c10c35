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
import io.jenkins.plugins.dbgitops.engine.report.html.DeploymentMatrixHtml;
import io.jenkins.plugins.dbgitops.engine.report.html.HtmlPage;
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
import java.util.UUID;
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
        description = {"Run the whole flow on embedded H2 databases, with no setup.",
            "Example repository, review, release, rollout to test (2 databases), staging (a group of 3,",
            "with approval) and prod, then the deployment matrix. H2 runs in PostgreSQL mode."})
public final class DemoCommand implements Callable<Integer> {
    static final String APPROVER = "alice";
    static final String APPROVER_GROUP = "dba-team";
    static final String DEPLOYMENT_REPORT = "deployment.html";
    static final String REVIEW_REPORT = "review.html";

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where to create the example repository (default: a"
            + " new temporary directory). It is kept, with the release and the deployment records.")
    Path directory;

    private PrintWriter out;
    private int step;

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
        out.println("dbgitops demo: review, release and roll out the example shop database to embedded H2"
                + " databases (PostgreSQL mode). Nothing to install, no network.");

        String commit = ExampleRepository.create(repository);
        Map<String, String> variables = Map.of("DEMO_RUN", "demo_" + UUID.randomUUID().toString().substring(0, 8));
        ProjectConfig config = new ProjectConfigReader(variables).read(repository.resolve("dbgitops.yaml"));
        step("A user repository with dbgitops.yaml and migrations, committed to git");
        say("repository: " + repository + " (commit " + commit.substring(0, 7) + " on main)");
        for (EnvironmentConfig environment : config.environments()) {
            say("environment " + environment.name() + ": " + environment.targets().size() + " database(s)"
                    + (environment.approvers().isEmpty() ? "" : ", approved by " + environment.approvers()));
        }

        step("Review and release: every migration, reviewed, in an immutable zip with a manifest");
        Release release = new ReleasePackager(ReviewGates.forProject(out)).build(config,
                ReleaseRequest.at(Instant.now()), root.resolve("releases"));
        long dml = release.manifest().files().stream().filter(file -> file.type() == ChangeType.DML).count();
        say("review: " + release.review().summary());
        say("release " + release.manifest().releaseId() + ": " + release.manifest().files().size() + " migrations ("
                + dml + " DML), " + release.archive());

        RolloutRunner runner = new RolloutRunner(new EnvironmentCredentialsResolver(variables));
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
            DeploymentRecord again = runner.rollout(config, verified, RolloutRequest.to("prod")
                    .approvedBy(APPROVER).withApproverGroups(Set.of(APPROVER_GROUP)), RolloutListener.NONE);
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
        out.println();
        out.println(asExpected ? "Demo finished: the release went through test, staging and prod in order."
                : "Demo finished with unexpected results; see above.");
        out.println("Files: " + root);
        out.flush();
        return asExpected ? ExitCodes.SUCCESS : ExitCodes.FAILURE;
    }

    private boolean rollout(String title, RolloutRunner runner, ProjectConfig config, VerifiedRelease release,
            RolloutRequest request, List<DeploymentRecord> records, Path root) {
        step(title);
        DeploymentRecord record = runner.rollout(config, release, request, new ConsoleRolloutListener(out, "   "));
        Path file = root.resolve("records").resolve(record.releaseId() + "." + record.environment()
                + ".deployment.json");
        DeploymentRecords.write(record, file);
        records.add(record);
        say("result: " + record.status() + " in " + record.durationMs() + " ms; record " + file.getFileName());
        return record.status() == DeploymentStatus.SUCCESS;
    }

    private boolean refused(String title, RolloutRunner runner, ProjectConfig config, VerifiedRelease release,
            RolloutRequest request) {
        step(title);
        try {
            DeploymentRecord record = runner.rollout(config, release, request, RolloutListener.NONE);
            say("unexpectedly deployed: " + record.status());
            return false;
        } catch (RolloutRefusedException e) {
            say("refused: " + e.getMessage());
            return true;
        }
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
