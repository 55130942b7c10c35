package io.jenkins.plugins.dbgitops.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.StreamTaskListener;
import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentRecord;
import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentRecords;
import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentStatus;
import io.jenkins.plugins.dbgitops.engine.migrate.FileStatus;
import io.jenkins.plugins.dbgitops.engine.migrate.TargetOutcome;
import io.jenkins.plugins.dbgitops.engine.report.html.HtmlPage;
import io.jenkins.plugins.dbgitops.testing.BrowserPageCheck;
import io.jenkins.plugins.dbgitops.testing.HeadlessChromium;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fragments the review, release and deployments pages output with {@code j:out}, drawn by the engine's
 * renderers from what a build keeps: a real review of a few migrations, and rollouts to several environments and
 * databases, one failed. Every value a user controls (file names, SQL, errors, approver, commit, notes) carries
 * markup here, and must come out as text, both from the files kept beside {@code build.xml} and, for a build that
 * kept none, from {@code build.xml} alone after Jenkins reads it back.
 */
class ActionPagesTest {
    private static final String STYLE_BREAK = "</style><script>alert(1)</script>";
    private static final String ATTRIBUTE_BREAK = "\"><img src=x onerror=alert(1)>";
    private static final String HOSTILE_NAME = "202501150902_" + ATTRIBUTE_BREAK + ".sql";
    private static final String HOSTILE_SQL = "CREATE TABLE notes (body text DEFAULT '" + STYLE_BREAK + "');\n";
    private static final String RELEASE = "20250115-0900-abc1234";

    @TempDir
    Path temp;

    @Test
    void shouldShowEveryFindingOfARealReviewEscapedFromTheKeptReportAndFromBuildXml() throws Exception {
        FakeBuild build = reviewedBuild();
        ReviewAction action = build.getAction(ReviewAction.class);
        List<ReviewFindingRow> findings = action.getSummary().findings();
        assertThat(findings).as("the migrations must break rules").hasSizeGreaterThanOrEqualTo(2)
                .anySatisfy(finding -> assertThat(finding.file()).contains(ATTRIBUTE_BREAK));

        String kept = action.getReportHtml();
        deleteTree(build.getRootDir().toPath().resolve(BuildPages.DIRECTORY));
        ReviewAction restarted = (ReviewAction) PersistedStateTest.roundTrip(action);
        restarted.onLoad(build);
        String fromBuildXml = restarted.getReportHtml();

        SoftAssertions softly = new SoftAssertions();
        for (String html : List.of(kept, fromBuildXml)) {
            softly.assertThat(html).startsWith("<div class=\"" + HtmlPage.SCOPE + "\">\n<style>");
            for (ReviewFindingRow finding : findings) {
                softly.assertThat(html).contains(HtmlPage.text(finding.file()) + ":" + finding.line() + ":"
                        + finding.column()).contains(finding.ruleId()).contains(HtmlPage.text(finding.message()));
            }
            assertNoMarkupFromUsers(softly, html);
        }
        softly.assertThat(kept).as("the kept report quotes the SQL").contains(HtmlPage.text(STYLE_BREAK));
        softly.assertThat(fromBuildXml).as("build.xml keeps no SQL").doesNotContain(HtmlPage.text(STYLE_BREAK))
                .contains("kept the findings only").doesNotContain("Every statement was parsed");
        softly.assertAll();
    }

    @Test
    void shouldShowEveryTargetAndErrorOfTheRolloutsEscapedFromTheKeptRecordsAndFromBuildXml() throws Exception {
        FakeBuild build = deployedBuild();
        DeploymentAction action = build.getAction(DeploymentAction.class);

        String kept = action.getReportHtml();
        deleteTree(build.getRootDir().toPath().resolve(BuildPages.DIRECTORY));
        DeploymentAction restarted = (DeploymentAction) PersistedStateTest.roundTrip(action);
        restarted.onLoad(build);
        String fromBuildXml = restarted.getReportHtml();

        SoftAssertions softly = new SoftAssertions();
        for (String html : List.of(kept, fromBuildXml)) {
            softly.assertThat(html).startsWith("<div class=\"" + HtmlPage.SCOPE + "\">\n<style>")
                    .contains("PARTIAL", "SUCCESS", HtmlPage.text("approver " + ATTRIBUTE_BREAK),
                            HtmlPage.text("commit " + STYLE_BREAK), HtmlPage.text("note " + STYLE_BREAK));
            for (DeploymentSummary deployment : action.getDeployments()) {
                softly.assertThat(html).contains(HtmlPage.text(deployment.environment()));
                deployment.targets().forEach(target -> softly.assertThat(html).contains(HtmlPage.text(target.name()))
                        .contains(HtmlPage.text(target.url())).contains(target.status()));
            }
            softly.assertThat(html).contains(HtmlPage.text("relation " + STYLE_BREAK + " already exists"));
            assertNoMarkupFromUsers(softly, html);
        }
        softly.assertThat(kept).as("the kept record has each file").contains(HtmlPage.text(HOSTILE_NAME));
        softly.assertAll();
    }

    @Test
    void shouldShowTheReleasesFilesAndOnlyItsOwnRolloutsEscaped() throws Exception {
        FakeBuild build = deployedBuild();
        build.addAction(new ReleaseAction(release()));

        String html = build.getAction(ReleaseAction.class).getReportHtml();

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(html).startsWith("<div class=\"" + HtmlPage.SCOPE + "\">\n<style>").contains(RELEASE)
                .contains(HtmlPage.text(HOSTILE_NAME), "202501150900_add_user_table.sql", "a1b2c3",
                        HtmlPage.text("2 errors " + STYLE_BREAK), "test-db-2", "staging-db")
                .doesNotContain("other-release-db")
                .as("a repository URL that is not https is no link").doesNotContain("href=\"javascript");
        assertNoMarkupFromUsers(softly, html);
        softly.assertAll();
    }

    @Test
    void shouldReadWellOnAPhoneAndAWideScreenInsideAJenkinsLikePage() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.available(), HeadlessChromium.unavailableReason());
        FakeBuild reviewed = reviewedBuild();
        FakeBuild deployed = deployedBuild();
        deployed.addAction(new ReleaseAction(release()));
        ReviewAction review = reviewed.getAction(ReviewAction.class);
        DeploymentAction deployments = deployed.getAction(DeploymentAction.class);
        String keptReview = review.getReportHtml();
        String keptMatrix = deployments.getReportHtml();
        deleteTree(reviewed.getRootDir().toPath().resolve(BuildPages.DIRECTORY));
        deleteTree(deployed.getRootDir().toPath().resolve(BuildPages.DIRECTORY));

        Path page = temp.resolve("jenkins-pages.html");
        // Jenkins' layout around the main panel, and a policy as strict as Jenkins' (inline style, no script)
        Files.writeString(page, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
                + "</head><body><header>Jenkins</header><div id=\"main-panel\">"
                + keptReview + review.getReportHtml() + "<h1>Database deployments</h1>" + keptMatrix
                + deployments.getReportHtml() + deployed.getAction(ReleaseAction.class).getReportHtml()
                + "</div></body></html>");

        List<String> expected = new ArrayList<>(List.of(STYLE_BREAK, HOSTILE_NAME, "approver " + ATTRIBUTE_BREAK,
                "relation " + STYLE_BREAK + " already exists", RELEASE));
        review.getSummary().findings().forEach(finding -> expected.add(finding.ruleId()));
        deployments.getTargetNames().forEach(expected::add);
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            BrowserPageCheck.check(browser, page, "jenkins-action-pages", expected);
        }
    }

    /** Markup from users shows as text: no element or attribute of theirs. */
    private static void assertNoMarkupFromUsers(SoftAssertions softly, String html) {
        softly.assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain(ATTRIBUTE_BREAK)
                .as("only the fragment's own style element ends").containsOnlyOnce("</style>");
    }

    private FakeBuild reviewedBuild() throws Exception {
        Path workspace = Workspaces.withTableWithoutPrimaryKey(Files.createDirectories(temp.resolve("ws")));
        Files.writeString(workspace.resolve("migrations").resolve(HOSTILE_NAME), HOSTILE_SQL);
        FakeBuild build = new FakeBuild(Files.createDirectories(temp.resolve("reviewed")));
        FakeStepContext context = new FakeStepContext()
                .with(FilePath.class, new FilePath(workspace.toFile()))
                .with(TaskListener.class, new StreamTaskListener(new ByteArrayOutputStream(), StandardCharsets.UTF_8))
                .with(EnvVars.class, new EnvVars())
                .with(Run.class, build);
        new SqlReviewStep().start(context).start();
        assertThat(context.failure).isNull();
        return build;
    }

    /**
     * A build that rolled the release out to test (two databases, the second failed) and staging (approved), and
     * another release to a third database, each record kept beside build.xml as the rollout step keeps it.
     */
    private FakeBuild deployedBuild() throws Exception {
        FakeBuild build = new FakeBuild(Files.createDirectories(temp.resolve("deployed")));
        Instant start = Instant.parse("2025-01-15T09:00:00Z");
        DeploymentRecord.Target ok = target("test-db-1", TargetOutcome.SUCCESS, null, start);
        DeploymentRecord.Target failed = target("test-db-2", TargetOutcome.FAILED,
                "relation " + STYLE_BREAK + " already exists", start);
        List<DeploymentRecord> records = List.of(
                record("test", RELEASE, null, DeploymentStatus.PARTIAL, List.of(ok, failed), start),
                record("staging", RELEASE, "approver " + ATTRIBUTE_BREAK, DeploymentStatus.SUCCESS,
                        List.of(target("staging-db", TargetOutcome.SUCCESS, null, start)), start),
                record("test", "other-release", null, DeploymentStatus.SUCCESS,
                        List.of(target("other-release-db", TargetOutcome.SUCCESS, null, start)), start));
        DeploymentAction action = new DeploymentAction();
        for (DeploymentRecord record : records) {
            BuildPages.writeDeploymentRecord(build, RolloutCallable.recordFileName(record.environment(),
                    record.releaseId(), record.shard()), DeploymentRecords.toJson(record));
            action.record(DeploymentSummary.of(record));
        }
        build.addAction(action);
        return build;
    }

    private static DeploymentRecord record(String environment, String release, String approver,
            DeploymentStatus status, List<DeploymentRecord.Target> targets, Instant start) {
        return new DeploymentRecord(DeploymentRecord.FORMAT_VERSION, environment, release, "ab".repeat(32), null,
                "commit " + STYLE_BREAK, approver, start, 4200, false, status, List.of("note " + STYLE_BREAK),
                targets);
    }

    private static DeploymentRecord.Target target(String name, TargetOutcome outcome, String error, Instant start) {
        boolean failed = outcome == TargetOutcome.FAILED;
        return new DeploymentRecord.Target(name, "jdbc:postgresql://db.example/" + name + "?x=" + ATTRIBUTE_BREAK,
                outcome, start, 1300, error, List.of(
                        new DeploymentRecord.File("202501150900", "202501150900_add_user_table.sql",
                                FileStatus.APPLIED, start, 400, null),
                        new DeploymentRecord.File("202501150902", HOSTILE_NAME,
                                failed ? FileStatus.FAILED : FileStatus.APPLIED, start, 500, error)));
    }

    private static ReleaseInfo release() {
        return new ReleaseInfo(RELEASE, "a1b2c3d4e5f6", "main", "javascript:alert(1)//", "postgresql",
                "2025-01-15T09:00:00Z", List.of(
                        new ReleaseInfo.FileRow("202501150900", "DDL", "202501150900_add_user_table.sql", 60,
                                "0".repeat(64)),
                        new ReleaseInfo.FileRow("202501150902", "DML", HOSTILE_NAME, 70, "f".repeat(64))),
                "releases/" + RELEASE + ".zip", "releases/" + RELEASE + ".manifest.json", false,
                "2 errors " + STYLE_BREAK);
    }

    private static void deleteTree(Path directory) throws Exception {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
