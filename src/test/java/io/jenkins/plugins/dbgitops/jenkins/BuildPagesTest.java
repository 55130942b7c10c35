package io.jenkins.plugins.dbgitops.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.StreamTaskListener;
import io.jenkins.plugins.dbgitops.engine.report.html.HtmlPage;
import io.jenkins.plugins.dbgitops.testing.BrowserPageCheck;
import io.jenkins.plugins.dbgitops.testing.HeadlessChromium;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review and deployment pages of a build show what the engine's HTML reports show (one renderer), from real
 * runs through the steps: every finding and target, escaped, before and after Jenkins reads the build back; a build
 * from before the pages were kept is drawn from its summaries by the same renderers; and the pages, with the style
 * each fragment carries, read well on a phone and a wide screen in headless Chromium.
 */
class BuildPagesTest {
    /** Markup a migration can carry in its name, its SQL and the errors it causes. */
    private static final String HOSTILE_NAME = "202501150902_\"><img src=x onerror=alert(1)>.sql";
    private static final String HOSTILE_SQL =
            "CREATE TABLE notes (body text DEFAULT '</style><script>alert(1)</script>');\n";

    @TempDir
    Path temp;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @Test
    void shouldShowTheEngineReviewReportWithExcerptsEscapedAfterARestartToo() throws Exception {
        FakeBuild build = reviewedBuild();
        ReviewAction action = build.getAction(ReviewAction.class);

        String html = action.getReportHtml();

        assertThat(html).startsWith("<div class=\"" + HtmlPage.SCOPE + "\">");
        assertThat(action.getSummary().findings()).hasSizeGreaterThanOrEqualTo(2).allSatisfy(finding ->
                assertThat(html).contains(HtmlPage.text(finding.message())).contains(finding.ruleId())
                        .contains(HtmlPage.text(finding.file()) + ":" + finding.line() + ":" + finding.column()));
        assertThat(html).contains("&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;") // the SQL excerpt
                .contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;.sql")
                .doesNotContain("<script").doesNotContain("<img").containsOnlyOnce("</style>");
        ReviewAction restarted = (ReviewAction) PersistedStateTest.roundTrip(action);
        assertThat(restarted.getReportHtml()).as("before Jenkins attaches the build: from build.xml")
                .doesNotContain("&lt;/style&gt;");
        restarted.onLoad(build);
        assertThat(restarted.getReportHtml()).isEqualTo(html);
    }

    @Test
    void shouldDrawTheFindingsInBuildXmlWithTheSameRendererForABuildFromBeforeTheReportWasKept() throws Exception {
        FakeBuild build = reviewedBuild();
        ReviewAction action = build.getAction(ReviewAction.class);
        deleteTree(build.getRootDir().toPath().resolve(BuildPages.DIRECTORY));

        String html = action.getReportHtml();

        assertThat(html).startsWith("<div class=\"" + HtmlPage.SCOPE + "\">");
        assertThat(action.getSummary().findings()).isNotEmpty().allSatisfy(finding ->
                assertThat(html).contains(HtmlPage.text(finding.message())).contains(finding.ruleId()));
        assertThat(html).doesNotContain("<img").doesNotContain("<script");
    }

    @Test
    void shouldShowTheEngineDeploymentMatrixWithTheFailedDatabasesErrorAfterARestartToo() throws Exception {
        try (GlueFixture fixture = new GlueFixture(temp)) {
            String id = DbRolloutStepTest.release(fixture);
            try (var connection = fixture.test.get(1).connect(); var statement = connection.createStatement()) {
                statement.execute("CREATE TABLE app_user (id bigint)"); // the second database fails
            }
            DbRolloutStepTest.rollout(fixture, id, "test");
            DeploymentAction action = fixture.build.getAction(DeploymentAction.class);
            DeploymentSummary deployment = action.getDeployments().get(0);
            assertThat(deployment.status()).isEqualTo("PARTIAL");

            String html = action.getReportHtml();

            assertThat(html).startsWith("<div class=\"" + HtmlPage.SCOPE + "\">").contains(id).contains("test")
                    .contains("PARTIAL").contains(deployment.commit());
            deployment.targets().forEach(target -> assertThat(html).contains(HtmlPage.text(target.name()))
                    .contains(target.status()));
            String error = deployment.targets().get(1).error();
            assertThat(error).isNotBlank();
            assertThat(html).contains(HtmlPage.text(error)).doesNotContain(GlueFixture.PASSWORD);
            DeploymentAction restarted = (DeploymentAction) PersistedStateTest.roundTrip(action);
            restarted.onLoad(fixture.build);
            assertThat(restarted.getReportHtml()).isEqualTo(html);

            deleteTree(fixture.build.getRootDir().toPath().resolve(BuildPages.DIRECTORY));
            assertThat(restarted.getReportHtml()).as("a build from before the records were kept: from build.xml")
                    .contains(HtmlPage.text(error)).contains(deployment.targets().get(0).name()).contains("PARTIAL");
        }
    }

    @Test
    void shouldReadWellOnAPhoneAndAWideScreen() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.available(), HeadlessChromium.unavailableReason());
        FakeBuild build = reviewedBuild();
        ReviewAction review = build.getAction(ReviewAction.class);
        String matrix;
        List<String> targets = new ArrayList<>();
        try (GlueFixture fixture = new GlueFixture(temp.resolve("rollout"))) {
            DbRolloutStepTest.rollout(fixture, DbRolloutStepTest.release(fixture), "test");
            DeploymentAction deployments = fixture.build.getAction(DeploymentAction.class);
            matrix = deployments.getReportHtml();
            deployments.getTargetNames().forEach(targets::add);
        }
        Path page = temp.resolve("build-pages.html");
        // as Jenkins lays a build page out: its own header and side panel around the main panel
        Files.writeString(page, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta http-equiv=\"Content-Security-Policy\""
                + " content=\"default-src 'none'; style-src 'unsafe-inline'\">"
                + "</head><body><header>Jenkins</header>"
                + "<div id=\"main-panel\"><h1>SQL review</h1>" + review.getReportHtml()
                + "<h1>Database deployments</h1>" + matrix + "</div></body></html>");

        List<String> expected = new ArrayList<>(targets);
        review.getSummary().findings().forEach(finding -> expected.add(finding.ruleId()));
        expected.add("</style><script>alert(1)</script>"); // shown as text
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            BrowserPageCheck.check(browser, page, "jenkins-build-pages", expected);
        }
    }

    private FakeBuild reviewedBuild() throws Exception {
        Path workspace = Workspaces.withTableWithoutPrimaryKey(Files.createDirectories(temp.resolve("ws")));
        Files.writeString(workspace.resolve("migrations").resolve(HOSTILE_NAME), HOSTILE_SQL);
        FakeBuild build = new FakeBuild(Files.createDirectories(temp.resolve("build")));
        FakeStepContext context = new FakeStepContext()
                .with(FilePath.class, new FilePath(workspace.toFile()))
                .with(TaskListener.class, new StreamTaskListener(console, StandardCharsets.UTF_8))
                .with(EnvVars.class, new EnvVars())
                .with(Run.class, build);
        new SqlReviewStep().start(context).start();
        assertThat(context.failure).isNull();
        return build;
    }

    private static void deleteTree(Path directory) throws Exception {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
