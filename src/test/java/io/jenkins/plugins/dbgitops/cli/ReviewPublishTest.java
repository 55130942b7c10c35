package io.jenkins.plugins.dbgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.dbgitops.engine.vcs.LoopbackApi;
import io.jenkins.plugins.dbgitops.engine.vcs.ReviewPublication;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dbgitops review --publish}: the report reaches the pull request as one comment and a commit status. */
class ReviewPublishTest {
    private static final String TOKEN = "ghp_publishSecret";

    @TempDir
    Path directory;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void shouldPostTheCommentAndAFailingStatusForAFailedReview() throws Exception {
        Path migrations = migrations("CREATE TABLE audit (event text);\n");
        try (LoopbackApi api = new LoopbackApi()) {
            api.on("GET /repos/acme/shop/issues/9/comments?per_page=100&page=1", 200, "[]");
            api.on("POST /repos/acme/shop/issues/9/comments", 201, "{\"id\": 1}");
            api.on("POST /repos/acme/shop/statuses/feed", 201, "{}");

            int exit = run("review", "--publish", "--pull-request", "https://github.com/acme/shop/pull/9",
                    "--commit", "feed", "--api-url", api.base("").toString(), "--token-file", token(),
                    "--build-url", "https://ci.example.com/job/shop/9/", migrations.toString());

            assertThat(exit).isEqualTo(ExitCodes.FAILURE);
            JsonNode comment = new ObjectMapper().readTree(api.requests().get(1).body());
            assertThat(comment.get("body").asText()).contains(ReviewPublication.MARKER).contains("table.require-pk");
            JsonNode status = new ObjectMapper().readTree(api.requests().get(2).body());
            assertThat(status.get("state").asText()).isEqualTo("failure");
            assertThat(status.get("target_url").asText()).isEqualTo("https://ci.example.com/job/shop/9/");
            assertThat(api.requests().get(2).header("Authorization")).isEqualTo("Bearer " + TOKEN);
            assertThat(out.toString() + err.toString()).doesNotContain(TOKEN);
        }
    }

    @Test
    void shouldExitTwoWhenAPassingReviewCannotBePublished() throws Exception {
        Path migrations = migrations("CREATE TABLE audit (id bigint PRIMARY KEY, event text);\n");
        try (LoopbackApi api = new LoopbackApi()) {
            api.on("GET /repos/acme/shop/issues/9/comments?per_page=100&page=1", 401, "{\"message\": \"Bad credentials\"}");

            int exit = run("review", "--publish", "--pull-request", "https://github.com/acme/shop/pull/9",
                    "--commit", "feed", "--api-url", api.base("").toString(), "--token-file", token(),
                    migrations.toString());

            assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err.toString()).contains("could not publish the review").contains("401")
                    .contains("Bad credentials").doesNotContain(TOKEN);
        }
    }

    @Test
    void shouldRefuseToPublishWithoutAToken() throws Exception {
        Path migrations = migrations("CREATE TABLE audit (id bigint PRIMARY KEY);\n");

        int exit = run("review", "--publish", "--pull-request", "https://github.com/acme/shop/pull/9",
                "--commit", "feed", migrations.toString());

        assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("--token-env").contains("--token-file");
    }

    private String token() throws IOException {
        Path file = directory.resolve("token");
        Files.writeString(file, TOKEN + "\n");
        return file.toString();
    }

    private Path migrations(String sql) throws IOException {
        Path migrations = Files.createDirectories(directory.resolve("migrations"));
        Files.writeString(migrations.resolve("202501150900_init.sql"), sql);
        return migrations;
    }

    private int run(String... args) {
        CommandLine commandLine = DbGitOpsCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
