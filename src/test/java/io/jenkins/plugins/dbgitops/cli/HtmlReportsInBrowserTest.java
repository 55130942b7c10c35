package io.jenkins.plugins.dbgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentRecord;
import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentRecords;
import io.jenkins.plugins.dbgitops.engine.release.GitProjects;
import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.service.ReviewRequest;
import io.jenkins.plugins.dbgitops.engine.review.service.ReviewService;
import io.jenkins.plugins.dbgitops.engine.review.report.ReportFormat;
import io.jenkins.plugins.dbgitops.engine.review.report.ReviewReport;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.testing.BrowserPageCheck;
import io.jenkins.plugins.dbgitops.testing.HeadlessChromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML reports of real runs, opened in headless Chromium at a phone's width (390 px) and a wide screen's (1280
 * px): no console error (the page's Content-Security-Policy turns any network request into one), no horizontal
 * scroll on the phone, and every finding and every target in the page's text. The screenshots are kept under
 * {@code target/browser/} for people to look at.
 */
class HtmlReportsInBrowserTest {
    private static HeadlessChromium browser;

    @TempDir
    Path temp;

    @BeforeAll
    static void startBrowser() throws Exception {
        assumeTrue(HeadlessChromium.available(), HeadlessChromium.unavailableReason());
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void shouldShowEveryFindingOfAPullRequestReviewOnAPhoneAndAWideScreen() throws Exception {
        Path migrations = ExampleRepositoryFixture.examplesWithABrokenMigration(temp);
        ReviewReport report = ReviewService.withDefaults().review(ReviewRequest.of(SqlEngine.POSTGRESQL, migrations)
                .withBaseDirectory(temp));
        assertThat(report.findings()).as("the fixture must break rules").hasSizeGreaterThanOrEqualTo(3);
        Path page = temp.resolve("review.html");
        Files.writeString(page, report.render(ReportFormat.HTML));

        List<String> expected = report.findings().stream()
                .flatMap(finding -> Stream.of(finding.ruleId(), finding.message(), location(finding))).toList();
        checkInBrowser(page, "review", expected);
    }

    @Test
    void shouldShowEveryTargetOfTheDemosRolloutsOnAPhoneAndAWideScreen() throws Exception {
        CommandRun demo = CommandRun.of("demo", "--dir", temp.toString());
        assertThat(demo.exitCode()).as(demo.toString()).isZero();
        Path page = temp.resolve("reports").resolve(DemoCommand.DEPLOYMENT_REPORT);
        assertThat(demo.out()).contains(page.toString());

        List<DeploymentRecord> records;
        try (Stream<Path> files = Files.list(temp.resolve("records"))) {
            records = files.map(DeploymentRecords::read).toList();
        }
        assertThat(records).extracting(DeploymentRecord::environment).contains("test", "staging", "prod");
        List<String> expected = records.stream().flatMap(record -> Stream.concat(
                Stream.of(record.environment(), record.releaseId(), record.commit()),
                record.targets().stream().map(DeploymentRecord.Target::name))).toList();
        checkInBrowser(page, "deployment", expected);
        checkInBrowser(temp.resolve("reports").resolve(DemoCommand.REVIEW_REPORT), "demo-review",
                List.of("column.add-not-null-require-default", "statement.where.require.update-delete",
                        DemoCommand.FEATURE_FILE + ":2:", "ADD COLUMN note VARCHAR(500) NOT NULL;"));
    }

    @Test
    void shouldShowAFailedTargetWithItsFileErrorInTheRolloutReportAndTheStatusPage() throws Exception {
        String run = "browser_" + UUID.randomUUID().toString().substring(0, 8);
        Path repository = GitProjects.create(temp.resolve("repo"), configuration(run), Map.of(
                "1_create_items.sql", "CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(50));\n",
                "2_seed_items_dml.sql", "INSERT INTO items (id, name) VALUES (1, '<first> & \"only\"');\n"));
        String config = repository.resolve("dbgitops.yaml").toString();
        assertThat(CommandRun.of("release", "--config", config, "--output", temp.toString(), "--id-template",
                "r{iteration}").exitCode()).isZero();
        Path release = temp.resolve("r1.zip");
        assertThat(CommandRun.of("rollout", "--config", config, "--release", release.toString(), "--env", "test")
                .exitCode()).isZero();
        try (Connection connection = DriverManager.getConnection(h2(run, "staging_b"));
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE items (legacy INT)"); // staging b fails on the first file
        }
        Path rolloutPage = temp.resolve("rollout.html");

        CommandRun partial = CommandRun.of("rollout", "--config", config, "--release", release.toString(), "--env",
                "staging", "--approved-by", "dba-team", "--report", rolloutPage.toString());
        CommandRun status = CommandRun.of("status", "--config", config, "--release", release.toString(),
                "--format", "html");

        assertThat(partial.exitCode()).as(partial.toString()).isEqualTo(ExitCodes.FAILURE);
        assertThat(partial.out()).contains("Deployment report: " + rolloutPage.toAbsolutePath());
        DeploymentRecord staging = DeploymentRecords.read(temp.resolve("r1.staging.deployment.json"));
        DeploymentRecord.File failed = staging.targets().get(1).files().get(0);
        assertThat(failed.error()).as("the failed file's error").isNotBlank();
        checkInBrowser(rolloutPage, "rollout", List.of("test", "test-db", "staging", "a", "b", "PARTIAL", "FAILED",
                "dba-team", "r1", staging.commit(), firstLine(failed.error())));

        assertThat(status.exitCode()).as(status.toString()).isZero();
        assertThat(status.out()).startsWith("<!DOCTYPE html>");
        Path statusPage = temp.resolve("status.html");
        Files.writeString(statusPage, status.out());
        checkInBrowser(statusPage, "status", List.of("test-db", "a", "b", "UP_TO_DATE", "BLOCKED", "r1"));
    }

    private static String configuration(String run) {
        return "engine: h2\n"
                + "environments:\n"
                + "  - name: test\n"
                + "    targets:\n"
                + "      - url: \"" + h2(run, "test") + "\"\n"
                + "        name: test-db\n"
                + "  - name: staging\n"
                + "    approval: manual\n"
                + "    approvers: [dba-team]\n"
                + "    targets:\n"
                + "      - url: \"" + h2(run, "staging_{name}") + "\"\n"
                + "        databases: [a, b]\n";
    }

    private static String h2(String run, String name) {
        return "jdbc:h2:mem:" + run + "_" + name + ";DB_CLOSE_DELAY=-1";
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("").strip();
    }

    private static void checkInBrowser(Path page, String name, List<String> expectedTexts) throws Exception {
        BrowserPageCheck.check(browser, page, name, expectedTexts);
    }

    private static String location(Finding finding) {
        return finding.file() + ":" + finding.line() + ":" + finding.column();
    }
}
