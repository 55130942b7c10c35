package io.jenkins.plugins.dbgitops.engine.vcs;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Bitbucket Cloud: pull request comments and build statuses (REST API 2.0). A token of the form
 * {@code user:app-password} is sent as Basic authentication, any other as a Bearer access token.
 */
final class BitbucketPublisher extends RestPublisher {
    private static final int MAX_DESCRIPTION = 255;

    private final String repo;

    BitbucketPublisher(PullRequestRef pullRequest, String token) {
        super(pullRequest, "Bitbucket", Map.of("Authorization", token.contains(":")
                ? "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8))
                : "Bearer " + token));
        this.repo = UriPaths.path(pullRequest.repository());
    }

    @Override
    public boolean upsertComment(String marker, String body) {
        String comments = "/repositories/" + repo + "/pullrequests/" + pullRequest.number() + "/comments";
        return upsert(findComment(comments, marker).map(id -> comments + "/" + id), "PUT", comments,
                Map.of("content", Map.of("raw", body)));
    }

    private Optional<Long> findComment(String comments, String marker) {
        URI next = api(comments + "?pagelen=100");
        while (next != null) {
            JsonNode page = http.get(next);
            for (JsonNode comment : page.path("values")) {
                if (comment.path("content").path("raw").asText("").contains(marker)) {
                    return Optional.of(comment.path("id").asLong());
                }
            }
            next = page.hasNonNull("next") ? URI.create(page.get("next").asText()) : null;
        }
        return Optional.empty();
    }

    @Override
    public void setStatus(CommitState state, String context, String description, String targetUrl) {
        // Bitbucket requires a link; without a build page, point at the pull request itself.
        String link = targetUrl != null ? targetUrl
                : "https://bitbucket.org/" + pullRequest.repository() + "/pull-requests/" + pullRequest.number();
        Map<String, Object> payload = statusPayload(state,
                Descriptions.truncate(description, MAX_DESCRIPTION), "url", link);
        payload.put("key", context);
        payload.put("name", context);
        http.send("POST", api("/repositories/" + repo + "/commit/" + UriPaths.segment(pullRequest.commit())
                + "/statuses/build"), payload);
    }
}
