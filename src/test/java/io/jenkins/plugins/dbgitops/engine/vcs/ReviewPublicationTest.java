package io.jenkins.plugins.dbgitops.engine.vcs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ReviewPublicationTest {

    @Test
    void shouldUpsertOneMarkedCommentAndSetAFailingStatus() throws Exception {
        try (LoopbackApi api = new LoopbackApi()) {
            api.on("GET /repos/acme/shop/issues/5/comments?per_page=100&page=1", 200, "[]");
            api.on("POST /repos/acme/shop/issues/5/comments", 201, "{\"id\": 1}");
            api.on("POST /repos/acme/shop/statuses/cafe", 201, "{}");
            VcsPublisher publisher = VcsPublisher.create(
                    new PullRequestRef(VcsProvider.GITHUB, api.base(""), "acme/shop", "5", "cafe"), "t");

            new ReviewPublication(publisher).publish("## SQL review\n2 errors", 2, 1, true, "https://ci/5");

            JsonNode comment = HttpJson.mapper().readTree(api.requests().get(1).body());
            assertThat(comment.get("body").asText()).startsWith(ReviewPublication.MARKER).contains("## SQL review");
            JsonNode status = HttpJson.mapper().readTree(api.requests().get(2).body());
            assertThat(status.get("state").asText()).isEqualTo("failure");
            assertThat(status.get("context").asText()).isEqualTo(ReviewPublication.STATUS_CONTEXT);
            assertThat(status.get("description").asText()).isEqualTo(ReviewPublication.describe(2, 1));
        }
    }

    @Test
    void shouldDescribeCountsInWords() {
        assertThat(ReviewPublication.describe(0, 0)).isEqualTo("SQL review: no findings");
        assertThat(ReviewPublication.describe(1, 1)).isEqualTo("SQL review: 1 error, 1 warning");
        assertThat(ReviewPublication.describe(3, 0)).isEqualTo("SQL review: 3 errors, 0 warnings");
    }
}
