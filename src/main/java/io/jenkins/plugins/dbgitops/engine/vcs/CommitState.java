package io.jenkins.plugins.dbgitops.engine.vcs;

import static io.jenkins.plugins.dbgitops.engine.vcs.VcsProvider.AZURE_DEVOPS;
import static io.jenkins.plugins.dbgitops.engine.vcs.VcsProvider.BITBUCKET;
import static io.jenkins.plugins.dbgitops.engine.vcs.VcsProvider.GITHUB;
import static io.jenkins.plugins.dbgitops.engine.vcs.VcsProvider.GITLAB;

import java.util.Map;

/** The state of a commit status, and each host's word for it in its status API. */
public enum CommitState {
    PENDING(Map.of(GITHUB, "pending", GITLAB, "pending", BITBUCKET, "INPROGRESS", AZURE_DEVOPS, "pending")),
    SUCCESS(Map.of(GITHUB, "success", GITLAB, "success", BITBUCKET, "SUCCESSFUL", AZURE_DEVOPS, "succeeded")),
    FAILURE(Map.of(GITHUB, "failure", GITLAB, "failed", BITBUCKET, "FAILED", AZURE_DEVOPS, "failed")),
    ERROR(Map.of(GITHUB, "error", GITLAB, "failed", BITBUCKET, "FAILED", AZURE_DEVOPS, "error"));

    private final Map<VcsProvider, String> words;

    CommitState(Map<VcsProvider, String> words) {
        this.words = words;
    }

    String word(VcsProvider host) {
        return words.get(host);
    }
}
