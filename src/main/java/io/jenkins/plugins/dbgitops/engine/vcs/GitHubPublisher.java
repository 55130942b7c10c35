package io.jenkins.plugins.dbgitops.engine.vcs;

import java.util.Map;

/** GitHub and GitHub Enterprise: issue comments on the pull request and commit statuses (REST API v3). */
final class GitHubPublisher extends RestPublisher {
    /** GitHub rejects status descriptions longer than this. */
    static final int MAX_DESCRIPTION = 140;

    private final String repo;

    GitHubPublisher(PullRequestRef pullRequest, String token) {
        super(pullRequest, "GitHub", Map.of(
                "Authorization", "Bearer " + token,
                "Accept", "application/vnd.github+json",
                "X-GitHub-Api-Version", "2022-11-28"));
        this.repo = UriPaths.path(pullRequest.repository());
    }

    @Override
    public boolean upsertComment(String marker, String body) {
        String comments = "/repos/" + repo + "/issues/" + pullRequest.number() + "/comments";
        return upsert(findInNumberedPages(comments, marker).map(id -> "/repos/" + repo + "/issues/comments/" + id),
                "PATCH", comments, Map.of("body", body));
    }

    @Override
    public void setStatus(CommitState state, String context, String description, String targetUrl) {
        Map<String, Object> payload = statusPayload(state,
                Descriptions.truncate(description, MAX_DESCRIPTION), "target_url", targetUrl);
        payload.put("context", context);
        http.send("POST", api("/repos/" + repo + "/statuses/" + UriPaths.segment(pullRequest.commit())), payload);
    }
}
