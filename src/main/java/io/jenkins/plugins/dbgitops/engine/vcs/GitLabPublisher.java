package io.jenkins.plugins.dbgitops.engine.vcs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** GitLab: merge request notes and commit statuses (REST API v4); the project is addressed by its encoded path. */
final class GitLabPublisher implements VcsPublisher {
    private static final int PAGE_SIZE = 100;
    private static final int MAX_DESCRIPTION = 255;

    private final PullRequestRef pullRequest;
    private final HttpJson http;
    private final String project;

    GitLabPublisher(PullRequestRef pullRequest, String token) {
        this.pullRequest = pullRequest;
        this.project = UriPaths.segment(pullRequest.repository());
        this.http = new HttpJson("GitLab", Map.of("PRIVATE-TOKEN", token));
    }

    @Override
    public boolean upsertComment(String marker, String body) {
        String notes = "/projects/" + project + "/merge_requests/" + pullRequest.number() + "/notes";
        Map<String, Object> payload = Map.of("body", body);
        Optional<Long> existing = findNote(notes, marker);
        if (existing.isPresent()) {
            http.send("PUT", UriPaths.join(pullRequest.apiBase(), notes + "/" + existing.get()), payload);
            return true;
        }
        http.send("POST", UriPaths.join(pullRequest.apiBase(), notes), payload);
        return false;
    }

    private Optional<Long> findNote(String notes, String marker) {
        for (int page = 1; ; page++) {
            JsonNode page1 = http.get(UriPaths.join(pullRequest.apiBase(),
                    notes + "?per_page=" + PAGE_SIZE + "&page=" + page));
            for (JsonNode note : page1) {
                if (note.path("body").asText("").contains(marker)) {
                    return Optional.of(note.path("id").asLong());
                }
            }
            if (page1.size() < PAGE_SIZE) {
                return Optional.empty();
            }
        }
    }

    @Override
    public void setStatus(CommitState state, String context, String description, String targetUrl) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("state", gitLabState(state));
        payload.put("name", context);
        payload.put("description", Descriptions.truncate(description, MAX_DESCRIPTION));
        if (targetUrl != null) {
            payload.put("target_url", targetUrl);
        }
        http.send("POST", UriPaths.join(pullRequest.apiBase(),
                "/projects/" + project + "/statuses/" + UriPaths.segment(pullRequest.commit())), payload);
    }

    private static String gitLabState(CommitState state) {
        switch (state) {
            case PENDING:
                return "pending";
            case SUCCESS:
                return "success";
            default:
                return "failed";
        }
    }
}
