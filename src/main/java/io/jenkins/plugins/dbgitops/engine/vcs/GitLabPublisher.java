package io.jenkins.plugins.dbgitops.engine.vcs;

import java.util.Map;

/** GitLab: merge request notes and commit statuses (REST API v4); the project is addressed by its encoded path. */
final class GitLabPublisher extends RestPublisher {
    private static final int MAX_DESCRIPTION = 255;

    private final String project;

    GitLabPublisher(PullRequestRef pullRequest, String token) {
        super(pullRequest, "GitLab", Map.of("PRIVATE-TOKEN", token));
        this.project = UriPaths.segment(pullRequest.repository());
    }

    @Override
    public boolean upsertComment(String marker, String body) {
        String notes = "/projects/" + project + "/merge_requests/" + pullRequest.number() + "/notes";
        return upsert(findInNumberedPages(notes, marker).map(id -> notes + "/" + id), "PUT", notes,
                Map.of("body", body));
    }

    @Override
    public void setStatus(CommitState state, String context, String description, String targetUrl) {
        Map<String, Object> payload = statusPayload(state,
                Descriptions.truncate(description, MAX_DESCRIPTION), "target_url", targetUrl);
        payload.put("name", context);
        http.send("POST", api("/projects/" + project + "/statuses/" + UriPaths.segment(pullRequest.commit())),
                payload);
    }
}
