package io.jenkins.plugins.dbgitops.engine.vcs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BitbucketPublisherTest {
    private static final String MARKER = "<!-- dbgitops-review -->";

    @Test
    void shouldFollowNextLinksAndUpdateTheMarkedComment() throws Exception {
        try (LoopbackApi api = new LoopbackApi()) {
            String comments = "/2.0/repositories/acme/shop/pullrequests/3/comments";
            api.on("GET " + comments + "?pagelen=100", 200, "{\"values\": [{\"id\": 1, \"content\": {\"raw\": \"x\"}}],"
                    + " \"next\": \"" + api.base(comments + "?pagelen=100&page=2") + "\"}");
            api.on("GET " + comments + "?pagelen=100&page=2", 200,
                    "{\"values\": [{\"id\": 31, \"content\": {\"raw\": \"" + MARKER + "\"}}]}");
            api.on("PUT " + comments + "/31", 200, "{}");

            boolean updated = publisher(api, "bb-access-token").upsertComment(MARKER, MARKER + " v2");

            assertThat(updated).isTrue();
            LoopbackApi.Request put = api.requests().get(2);
            assertThat(put.header("Authorization")).isEqualTo("Bearer bb-access-token");
            assertThat(json(put).path("content").path("raw").asText()).isEqualTo(MARKER + " v2");
        }
    }

    @Test
    void shouldPostABuildStatusWithAppPasswordAuthentication() throws Exception {
        try (LoopbackApi api = new LoopbackApi()) {
            api.on("POST /2.0/repositories/acme/shop/commit/abc/statuses/build", 201, "{}");

            publisher(api, "jdoe:app-pass").setStatus(CommitState.SUCCESS, "dbgitops-review", "clean", null);

            LoopbackApi.Request post = api.requests().get(0);
            assertThat(post.header("Authorization")).isEqualTo("Basic "
                    + Base64.getEncoder().encodeToString("jdoe:app-pass".getBytes(StandardCharsets.UTF_8)));
            JsonNode body = json(post);
            assertThat(body.get("key").asText()).isEqualTo("dbgitops-review");
            assertThat(body.get("state").asText()).isEqualTo("SUCCESSFUL");
            assertThat(body.get("url").asText()).isEqualTo("https://bitbucket.org/acme/shop/pull-requests/3");
        }
    }

    private static VcsPublisher publisher(LoopbackApi api, String token) {
        return VcsPublisher.create(new PullRequestRef(VcsProvider.BITBUCKET, api.base("/2.0"), "acme/shop", "3", "abc"),
                token);
    }

    private static JsonNode json(LoopbackApi.Request request) throws Exception {
        return HttpJson.mapper().readTree(request.body());
    }
}
