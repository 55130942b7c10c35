package io.jenkins.plugins.dbgitops.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.sun.net.httpserver.HttpServer;
import hudson.EnvVars;
import hudson.ExtensionList;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.Secret;
import hudson.util.StreamTaskListener;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sqlReview on a pull-request build: reports in the workspace, comment and status on a loopback GitHub API. */
class SqlReviewPublishingTest {
    private static final String TOKEN = "ghp_l00pback-t0ken";

    @TempDir
    Path temp;

    private HttpServer github;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final CredentialsProvider provider = new GlueFixture.StoreOf(new Token("github-token", TOKEN));

    @BeforeEach
    void startGitHub() throws Exception {
        github = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        github.createContext("/api/v3/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " auth="
                    + exchange.getRequestHeaders().getFirst("Authorization") + " " + body);
            byte[] response = ("GET".equals(exchange.getRequestMethod()) ? "[]" : "{\"id\": 1}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders("GET".equals(exchange.getRequestMethod()) ? 200 : 201, response.length);
            exchange.getResponseBody().write(response);
            exchange.close();
        });
        github.start();
        ExtensionList.lookup(CredentialsProvider.class).add(provider);
    }

    @AfterEach
    void stopGitHub() {
        github.stop(0);
        ExtensionList.lookup(CredentialsProvider.class).remove(provider);
    }

    @Test
    void shouldWriteReportsCommentOnThePullRequestAndSetTheStatus() throws Exception {
        // Given a pull-request build of migrations with a table without primary key
        Path workspace = Workspaces.withTableWithoutPrimaryKey(Files.createDirectories(temp.resolve("ws")));
        FakeBuild build = new FakeBuild(Files.createDirectories(temp.resolve("build")));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        String pullRequest = "http://127.0.0.1:" + github.getAddress().getPort() + "/shop/db/pull/7";
        FakeStepContext context = new FakeStepContext()
                .with(FilePath.class, new FilePath(workspace.toFile()))
                .with(TaskListener.class, new StreamTaskListener(console, StandardCharsets.UTF_8))
                .with(EnvVars.class, new EnvVars("CHANGE_ID", "7", "CHANGE_URL", pullRequest,
                        "GIT_COMMIT", "0123456789abcdef0123456789abcdef01234567"))
                .with(Run.class, build);
        SqlReviewStep step = new SqlReviewStep();
        step.setTokenCredentialsId("github-token");

        // When
        step.start(context).start();

        // Then SARIF and JUnit reports are in the workspace
        assertThat(context.failure).isNull();
        assertThat(Files.readString(workspace.resolve(ReviewCallable.SARIF_REPORT))).contains("2.1.0")
                .contains("table.require-pk");
        assertThat(Files.readString(workspace.resolve(ReviewCallable.JUNIT_REPORT))).contains("<testsuite");
        // and the pull request got the comment and a failing status, with the token only in the header
        assertThat(requests).anySatisfy(r -> assertThat(r).startsWith("POST /api/v3/repos/shop/db/issues/7/comments")
                .contains("auth=Bearer " + TOKEN).contains("dbgitops-review").contains("table.require-pk"));
        assertThat(requests).anySatisfy(r -> assertThat(r)
                .startsWith("POST /api/v3/repos/shop/db/statuses/0123456789abcdef0123456789abcdef01234567")
                .contains("failure"));
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("added the review comment")
                .doesNotContain(TOKEN);
    }

    @Test
    void shouldNotPublishOutsidePullRequests() throws Exception {
        Path workspace = Workspaces.withTableWithoutPrimaryKey(Files.createDirectories(temp.resolve("ws")));
        FakeBuild build = new FakeBuild(Files.createDirectories(temp.resolve("build")));
        FakeStepContext context = new FakeStepContext()
                .with(FilePath.class, new FilePath(workspace.toFile()))
                .with(TaskListener.class, new StreamTaskListener(new ByteArrayOutputStream(), StandardCharsets.UTF_8))
                .with(EnvVars.class, new EnvVars("BRANCH_NAME", "main"))
                .with(Run.class, build);
        SqlReviewStep step = new SqlReviewStep();
        step.setTokenCredentialsId("github-token");

        step.start(context).start();

        assertThat(requests).isEmpty();
        assertThat(build.getAction(ReviewAction.class)).isNotNull();
    }

    private record Token(String id, String secret) implements StringCredentials {
        @Override
        public String getId() {
            return id;
        }

        @Override
        public String getDescription() {
            return "code host token";
        }

        @Override
        public Secret getSecret() {
            return Secret.fromString(secret);
        }
    }
}
