package io.jenkins.plugins.dbgitops.engine.vcs;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Azure DevOps Services and Server: a pull request thread for the comment and a pull request status (which branch
 * policies can require). A personal access token is sent as Basic authentication with an empty user name.
 */
final class AzureDevOpsPublisher extends RestPublisher {
    private static final String API_VERSION = "api-version=7.1";
    private static final int ACTIVE = 1;
    private static final int TEXT_COMMENT = 1;

    private final String pullRequestPath;

    AzureDevOpsPublisher(PullRequestRef pullRequest, String token) {
        super(pullRequest, "Azure DevOps", Map.of("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((":" + token).getBytes(StandardCharsets.UTF_8))));
        String[] parts = pullRequest.repository().split("/", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("An Azure DevOps repository is organization/project/repository, not "
                    + pullRequest.repository());
        }
        this.pullRequestPath = "/" + UriPaths.segment(parts[0]) + "/" + UriPaths.segment(parts[1])
                + "/_apis/git/repositories/" + UriPaths.segment(parts[2]) + "/pullRequests/" + pullRequest.number();
    }

    @Override
    public boolean upsertComment(String marker, String body) {
        Optional<long[]> existing = findComment(marker);
        if (existing.isPresent()) {
            long[] ids = existing.get();
            http.send("PATCH", api(pullRequestPath + "/threads/" + ids[0]
                    + "/comments/" + ids[1] + "?" + API_VERSION), Map.of("content", body));
            return true;
        }
        Map<String, Object> comment = new LinkedHashMap<>();
        comment.put("parentCommentId", 0);
        comment.put("content", body);
        comment.put("commentType", TEXT_COMMENT);
        Map<String, Object> thread = new LinkedHashMap<>();
        thread.put("comments", List.of(comment));
        thread.put("status", ACTIVE);
        http.send("POST", api(pullRequestPath + "/threads?" + API_VERSION), thread);
        return false;
    }

    /** The thread id and comment id of the comment holding the marker. */
    private Optional<long[]> findComment(String marker) {
        JsonNode threads = http.get(api(pullRequestPath + "/threads?" + API_VERSION));
        for (JsonNode thread : threads.path("value")) {
            for (JsonNode comment : thread.path("comments")) {
                if (comment.path("content").asText("").contains(marker)) {
                    return Optional.of(new long[] {thread.path("id").asLong(), comment.path("id").asLong()});
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void setStatus(CommitState state, String context, String description, String targetUrl) {
        Map<String, Object> payload = statusPayload(state, description, "targetUrl", targetUrl);
        payload.put("context", Map.of("name", context, "genre", "dbgitops"));
        http.send("POST", api(pullRequestPath + "/statuses?" + API_VERSION), payload);
    }
}
