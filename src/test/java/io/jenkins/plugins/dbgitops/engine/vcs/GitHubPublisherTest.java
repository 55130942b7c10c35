package io.jenkins.plugins.dbgitops.engine.vcs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GitHubPublisherTest {
    private static final String TOKEN = "ghp_secretToken123";
    private static final String MARKER = "<!-- dbgitops-review -->";

    @Test
    void shouldCreateTheCommentWhenNoneCarriesTheMarker() throws Exception {
        try (LoopbackApi api = new LoopbackApi()) {
            api.on("GET /repos/acme/shop/issues/42/comments?per_page=100&page=1", 200,
                    "[{\"id\": 1, \"body\": \"LGTM\"}]");
            api.on("POST /repos/acme/shop/issues/42/comments", 201, "{\"id\": 2}");

            boolean updated = publisher(api).upsertComment(MARKER, MARKER + "\n2 errors");

            assertThat(updated).isFalse();
            LoopbackApi.Request create = api.requests().get(1);
            assertThat(create.method()).isEqualTo("POST");
            assertThat(create.header("Authorization")).isEqualTo("Bearer " + TOKEN);
            assertThat(create.header("Accept")).isEqualTo("application/vnd.github+json");
            assertThat(create.header("X-GitHub-Api-Version")).isEqualTo("2022-11-28");
            assertThat(create.header("Content-Type")).isEqualTo("application/json");
            assertThat(json(create).get("body").asText()).isEqualTo(MARKER + "\n2 errors");
        }
    }

    @Test
    void shouldUpdateTheMarkedCommentFoundOnALaterPage() throws Exception {
        try (LoopbackApi api = new LoopbackApi()) {
            String fullPage = IntStream.range(0, 100).mapToObj(i -> "{\"id\": " + i + ", \"body\": \"x\"}")
                    .collect(Collectors.joining(",", "[", "]"));
            api.on("GET /repos/acme/shop/issues/42/comments?per_page=100&page=1", 200, fullPage);
            api.on("GET /repos/acme/shop/issues/42/comments?per_page=100&page=2", 200,
                    "[{\"id\": 777, \"body\": \"old " + MARKER + "\"}]");
            api.on("PATCH /repos/acme/shop/issues/comments/777", 200, "{\"id\": 777}");

            boolean updated = publisher(api).upsertComment(MARKER, MARKER + " new");

            assertThat(updated).isTrue();
            assertThat(api.requests()).extracting(request -> request.method() + " " + request.pathAndQuery())
                    .containsExactly("GET /repos/acme/shop/issues/42/comments?per_page=100&page=1",
                            "GET /repos/acme/shop/issues/42/comments?per_page=100&page=2",
                            "PATCH /repos/acme/shop/issues/comments/777");
            assertThat(json(api.requests().get(2)).get("body").asText()).isEqualTo(MARKER + " new");
        }
    }

    @Test
    void shouldSetACommitStatusWithAShortDescription() throws Exception {
        try (LoopbackApi api = new LoopbackApi()) {
            api.on("POST /repos/acme/shop/statuses/abc123", 201, "{}");

            publisher(api).setStatus(CommitState.FAILURE, "dbgitops/sql-review", "x".repeat(200),
                    "https://ci.example.com/job/1/");

            JsonNode body = json(api.requests().get(0));
            assertThat(body.get("state").asText()).isEqualTo("failure");
            assertThat(body.get("context").asText()).isEqualTo("dbgitops/sql-review");
            assertThat(body.get("target_url").asText()).isEqualTo("https://ci.example.com/job/1/");
            assertThat(body.get("description").asText()).hasSize(GitHubPublisher.MAX_DESCRIPTION);
        }
    }

    @Test
    void shouldExplainARefusalWithoutRevealingTheToken() throws Exception {
        try (LoopbackApi api = new LoopbackApi()) {
            api.on("POST /repos/acme/shop/statuses/abc123", 403, "{\"message\": \"Resource not accessible\"}");

            assertThatThrownBy(() -> publisher(api).setStatus(CommitState.SUCCESS, "c", "ok", null))
                    .isInstanceOf(VcsPublishException.class)
                    .hasMessageContaining("GitHub answered 403").hasMessageContaining("Resource not accessible")
                    .hasMessageContaining("/repos/acme/shop/statuses/abc123")
                    .satisfies(error -> assertThat(error.getMessage()).doesNotContain(TOKEN));
        }
    }

    private static VcsPublisher publisher(LoopbackApi api) {
        return VcsPublisher.create(new PullRequestRef(VcsProvider.GITHUB, api.base(""), "acme/shop", "42", "abc123"),
                TOKEN);
    }

    private static JsonNode json(LoopbackApi.Request request) throws Exception {
        return HttpJson.mapper().readTree(request.body());
    }
}
