package io.jenkins.plugins.dbgitops.engine.vcs;

/** The code hosts whose pull requests the review can comment on. */
public enum VcsProvider {
    GITHUB,
    GITLAB,
    BITBUCKET,
    AZURE_DEVOPS
}
