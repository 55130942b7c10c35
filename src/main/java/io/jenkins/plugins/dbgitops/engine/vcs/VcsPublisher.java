package io.jenkins.plugins.dbgitops.engine.vcs;

/**
 * Publishes a review to a pull request: one comment, found again by its marker and updated in place so that a pull
 * request never collects a comment per build, and a commit status that branch protection can require.
 */
public interface VcsPublisher {

    /**
     * Creates the comment, or updates the existing one whose body contains {@code marker}.
     *
     * @return whether an existing comment was updated (false: a new one was created)
     */
    boolean upsertComment(String marker, String body);

    /** Sets the commit status named {@code context} on the pull request's head commit. */
    void setStatus(CommitState state, String context, String description, String targetUrl);

    /** Creates the publisher for a pull request's host; the token is used only in request headers. */
    static VcsPublisher create(PullRequestRef pullRequest, String token) {
        switch (pullRequest.provider()) {
            case GITHUB:
                return new GitHubPublisher(pullRequest, token);
            case GITLAB:
                return new GitLabPublisher(pullRequest, token);
            case BITBUCKET:
                return new BitbucketPublisher(pullRequest, token);
            case AZURE_DEVOPS:
                return new AzureDevOpsPublisher(pullRequest, token);
            default:
                throw new IllegalArgumentException("No publisher for " + pullRequest.provider());
        }
    }
}
