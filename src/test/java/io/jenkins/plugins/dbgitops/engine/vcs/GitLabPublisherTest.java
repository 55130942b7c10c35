package io.jenkins.plugins.dbgitops.engine.vcs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class GitLabPublisherTest {
    private static final String TOKEN = "glpat-secret";
    private static final String MARKER = "<!-- dbgitops-review -->";

    @Test
    void shouldUpdateTheMarkedNoteOfTheMergeRequest() throws Exception {
        try (LoopbackApi api = new LoopbackApi()) {
            api.on("GET /api/v4/projects/platform%2Fdb%2Fschema/merge_requests/7/notes?per_page=100&page=1", 200,
                    "[{\"id\": 5, \"body\": \"hi\"}, {\"id\": 9, \"body\": \"" + MARKER + " old\"}]");
            api.on("PUT /api/v4/projects/platform%2Fdb%2Fschema/merge_requests/7/notes/9", 200, "{\"id\": 9}");

            boolean updated = publisher(api).upsertComment(MARKER, MARKER + " new");

            assertThat(updated).isTrue();
            LoopbackApi.Request put = api.requests().get(1);
            assertThat(put.method()).isEqualTo("PUT");
            assertThat(put.header("PRIVATE-TOKEN")).isEqualTo(TOKEN);
            assertThat(json(put).get("body").asText()).isEqualTo(MARKER + " new");
        }
    }

    @Test
    void shouldCreateANoteWhenNoneIsMarked() throws Exception {
        try (LoopbackApi api = new LoopbackApi()) {
            api.on("GET /api/v4/projects/platform%2Fdb%2Fschema/merge_requests/7/notes?per_page=100&page=1", 200, "[]");
            api.on("POST /api/v4/projects/platform%2Fdb%2Fschema/merge_requests/7/notes", 201, "{\"id\": 10}");

            assertThat(publisher(api).upsertComment(MARKER, MARKER)).isFalse();
            assertThat(api.requests().get(1).method()).isEqualTo("POST");
        }
    }

    @Test
    void shouldMapStatesToGitLabsWords() throws Exception {
        try (LoopbackApi api = new LoopbackApi()) {
            api.on("POST /api/v4/projects/platform%2Fdb%2Fschema/statuses/abc", 201, "{}");

            publisher(api).setStatus(CommitState.ERROR, "dbgitops/sql-review", "review crashed", "https://ci/1");
            publisher(api).setStatus(CommitState.PENDING, "dbgitops/sql-review", "running", null);

            JsonNode failed = json(api.requests().get(0));
            assertThat(failed.get("state").asText()).isEqualTo("failed");
            assertThat(failed.get("name").asText()).isEqualTo("dbgitops/sql-review");
            assertThat(failed.get("target_url").asText()).isEqualTo("https://ci/1");
            assertThat(json(api.requests().get(1)).get("state").asText()).isEqualTo("pending");
        }
    }

    private static VcsPublisher publisher(LoopbackApi api) {
        return VcsPublisher.create(new PullRequestRef(VcsProvider.GITLAB, api.base("/api/v4"), "platform/db/schema",
                "7", "abc"), TOKEN);
    }

    private static JsonNode json(LoopbackApi.Request request) throws Exception {
        return HttpJson.mapper().readTree(request.body());
    }
}
