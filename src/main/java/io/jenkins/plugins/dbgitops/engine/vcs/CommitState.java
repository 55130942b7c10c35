package io.jenkins.plugins.dbgitops.engine.vcs;

/** The state of a commit status; each provider has its own words for these. */
public enum CommitState {
    PENDING,
    SUCCESS,
    FAILURE,
    ERROR
}
