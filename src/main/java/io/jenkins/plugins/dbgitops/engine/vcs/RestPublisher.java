package io.jenkins.plugins.dbgitops.engine.vcs;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the publishers share: the pull request, the host's JSON client, addresses under the host's API root, and the
 * find-then-update-or-create of the one comment. Each host's own paths, payloads and states stay in its subclass.
 */
abstract class RestPublisher implements VcsPublisher {
    private static final int PAGE_SIZE = 100;

    final PullRequestRef pullRequest;
    final HttpJson http;

    /**
     * @param hostName for messages, e.g. "GitHub"
     * @param headers  sent with every request (authentication, API version)
     */
    RestPublisher(PullRequestRef pullRequest, String hostName, Map<String, String> headers) {
        this.pullRequest = pullRequest;
        this.http = new HttpJson(hostName, headers);
    }

    /**
     * The payload of a commit status as every host takes it: the host's word for the state, the description, and the
     * link under the host's key when there is one; each host adds how it names the status.
     */
    final Map<String, Object> statusPayload(CommitState state, String description, String linkKey, String targetUrl) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("state", state.word(pullRequest.provider()));
        payload.put("description", description);
        if (targetUrl != null) {
            payload.put(linkKey, targetUrl);
        }
        return payload;
    }

    /** An address under the pull request's API root, from an already-encoded path and query. */
    final URI api(String encodedPathAndQuery) {
        return UriPaths.join(pullRequest.apiBase(), encodedPathAndQuery);
    }

    /**
     * Sends the payload to the existing comment's path with {@code updateMethod}, or, when there is none, POSTs it
     * to {@code createPath}.
     *
     * @return whether an existing comment was updated
     */
    final boolean upsert(Optional<String> existingPath, String updateMethod, String createPath, Object payload) {
        if (existingPath.isPresent()) {
            http.send(updateMethod, api(existingPath.get()), payload);
            return true;
        }
        http.send("POST", api(createPath), payload);
        return false;
    }

    /**
     * The id of the first comment whose {@code body} holds the marker, reading the list page by page as GitHub and
     * GitLab serve it ({@code per_page}, {@code page} from 1; a short page is the last).
     */
    final Optional<Long> findInNumberedPages(String commentsPath, String marker) {
        for (int page = 1; ; page++) {
            JsonNode comments = http.get(api(commentsPath + "?per_page=" + PAGE_SIZE + "&page=" + page));
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
}
