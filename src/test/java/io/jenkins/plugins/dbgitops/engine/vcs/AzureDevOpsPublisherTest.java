package io.jenkins.plugins.dbgitops.engine.vcs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AzureDevOpsPublisherTest {
    private static final String PAT = "azure-pat-secret";
    private static final String MARKER = "<!-- dbgitops-review -->";
    private static final String PR = "/contoso/My%20Project/_apis/git/repositories/schema/pullRequests/12";

    @Test
    void shouldOpenAnActiveThreadWhenNoCommentIsMarked() throws Exception {
        try (LoopbackApi api = new LoopbackApi()) {
            api.on("GET " + PR + "/threads?api-version=7.1", 200,
                    "{\"value\": [{\"id\": 1, \"comments\": [{\"id\": 1, \"content\": \"ship it\"}]}]}");
            api.on("POST " + PR + "/threads?api-version=7.1", 200, "{\"id\": 2}");

            boolean updated = publisher(api).upsertComment(MARKER, MARKER + " findings");

            assertThat(updated).isFalse();
            LoopbackApi.Request post = api.requests().get(1);
            assertThat(post.header("Authorization")).isEqualTo("Basic "
                    + Base64.getEncoder().encodeToString((":" + PAT).getBytes(StandardCharsets.UTF_8)));
            JsonNode body = json(post);
            assertThat(body.get("status").asInt()).isEqualTo(1);
            assertThat(body.path("comments").get(0).get("parentCommentId").asInt()).isZero();
            assertThat(body.path("comments").get(0).get("commentType").asInt()).isEqualTo(1);
            assertThat(body.path("comments").get(0).get("content").asText()).isEqualTo(MARKER + " findings");
        }
    }

    @Test
    void shouldPatchTheMarkedCommentInItsThread() throws Exception {
        try (LoopbackApi api = new LoopbackApi()) {
            api.on("GET " + PR + "/threads?api-version=7.1", 200,
                    "{\"value\": [{\"id\": 4, \"comments\": [{\"id\": 2, \"content\": \"" + MARKER + "\"}]}]}");
            api.on("PATCH " + PR + "/threads/4/comments/2?api-version=7.1", 200, "{}");

            assertThat(publisher(api).upsertComment(MARKER, MARKER + " again")).isTrue();
            assertThat(json(api.requests().get(1)).get("content").asText()).isEqualTo(MARKER + " again");
        }
    }

    @Test
    void shouldPostAPullRequestStatusWithAContext() throws Exception {
        try (LoopbackApi api = new LoopbackApi()) {
            api.on("POST " + PR + "/statuses?api-version=7.1", 200, "{}");

            publisher(api).setStatus(CommitState.SUCCESS, "sql-review", "No findings", "https://ci/7");

            JsonNode body = json(api.requests().get(0));
            assertThat(body.get("state").asText()).isEqualTo("succeeded");
            assertThat(body.path("context").get("name").asText()).isEqualTo("sql-review");
            assertThat(body.path("context").get("genre").asText()).isEqualTo("dbgitops");
            assertThat(body.get("targetUrl").asText()).isEqualTo("https://ci/7");
        }
    }

    private static VcsPublisher publisher(LoopbackApi api) {
        return VcsPublisher.create(new PullRequestRef(VcsProvider.AZURE_DEVOPS, api.base(""),
                "contoso/My Project/schema", "12", "abc"), PAT);
    }

    private static JsonNode json(LoopbackApi.Request request) throws Exception {
        return HttpJson.mapper().readTree(request.body());
    }
}
