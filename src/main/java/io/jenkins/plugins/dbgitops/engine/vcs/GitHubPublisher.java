package io.jenkins.plugins.dbgitops.engine.vcs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** GitHub and GitHub Enterprise: issue comments on the pull request and commit statuses (REST API v3). */
final class GitHubPublisher implements VcsPublisher {
    private static final int PAGE_SIZE = 100;
    /** GitHub rejects status descriptions longer than this. */
    static final int MAX_DESCRIPTION = 140;

    private final PullRequestRef pullRequest;
    private final HttpJson http;
    private final String repo;

    GitHubPublisher(PullRequestRef pullRequest, String token) {
        this.pullRequest = pullRequest;
        this.repo = UriPaths.path(pullRequest.repository());
        this.http = new HttpJson("GitHub", Map.of(
                "Authorization", "Bearer " + token,
                "Accept", "application/vnd.github+json",
                "X-GitHub-Api-Version", "2022-11-28"));
    }

    @Override
    public boolean upsertComment(String marker, String body) {
        Map<String, Object> payload = Map.of("body", body);
        Optional<Long> existing = findComment(marker);
        if (existing.isPresent()) {
            http.send("PATCH", UriPaths.join(pullRequest.apiBase(),
                    "/repos/" + repo + "/issues/comments/" + existing.get()), payload);
            return true;
        }
        http.send("POST", UriPaths.join(pullRequest.apiBase(),
                "/repos/" + repo + "/issues/" + pullRequest.number() + "/comments"), payload);
        return false;
    }

    private Optional<Long> findComment(String marker) {
        for (int page = 1; ; page++) {
            JsonNode comments = http.get(UriPaths.join(pullRequest.apiBase(), "/repos/" + repo + "/issues/"
                    + pullRequest.number() + "/comments?per_page=" + PAGE_SIZE + "&page=" + page));
            for (JsonNode comment : comments) {
                if (comment.path("body").asText("").contains(marker)) {
                    return Optional.of(comment.path("id").asLong());
                }
            }
            if (comments.size() < PAGE_SIZE) {
                return Optional.empty();
            }
        }
    }

    @Override
    public void setStatus(CommitState state, String context, String description, String targetUrl) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("state", state.name().toLowerCase(Locale.ROOT));
        payload.put("context", context);
        payload.put("description", Descriptions.truncate(description, MAX_DESCRIPTION));
        if (targetUrl != null) {
            payload.put("target_url", targetUrl);
        }
        http.send("POST", UriPaths.join(pullRequest.apiBase(),
                "/repos/" + repo + "/statuses/" + UriPaths.segment(pullRequest.commit())), payload);
    }
}
