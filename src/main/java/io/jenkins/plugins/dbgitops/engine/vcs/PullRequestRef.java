package io.jenkins.plugins.dbgitops.engine.vcs;

import java.net.URI;

/**
 * A pull request (merge request) on a code host.
 *
 * @param provider   the host's kind
 * @param apiBase    the REST API root, e.g. {@code https://api.github.com} or {@code https://gitlab.example.com/api/v4}
 * @param repository {@code owner/repo} (GitHub), {@code group/sub/project} (GitLab), {@code workspace/slug}
 *                   (Bitbucket) or {@code organization/project/repository} (Azure DevOps)
 * @param number     the pull request's number or id
 * @param commit     the head commit the status is set on
 */
public record PullRequestRef(VcsProvider provider, URI apiBase, String repository, String number, String commit) {

    public PullRequestRef withCommit(String sha) {
        return new PullRequestRef(provider, apiBase, repository, number, sha);
    }

    public PullRequestRef withApiBase(URI base) {
        return new PullRequestRef(provider, base, repository, number, commit);
    }
}
