package io.jenkins.plugins.dbgitops.jenkins;

import hudson.EnvVars;
import java.io.Serializable;
import java.util.Optional;

/**
 * Commit, branch and repository of a build as the git plugin and multibranch report them in the environment
 * ({@code GIT_COMMIT}, {@code GIT_BRANCH}/{@code BRANCH_NAME}, {@code GIT_URL}). Whatever is missing the release
 * engine reads from the checked-out repository itself.
 */
record GitOrigin(String commit, String branch, String repositoryUrl) implements Serializable {
    static GitOrigin from(EnvVars env) {
        String branch = env.get("BRANCH_NAME");
        if (branch == null) {
            branch = stripRemote(env.get("GIT_BRANCH"));
        }
        return new GitOrigin(env.get("GIT_COMMIT"), branch, env.get("GIT_URL"));
    }

    /** {@code origin/main} as the git plugin reports it is the branch {@code main}. */
    private static String stripRemote(String gitBranch) {
        if (gitBranch == null) {
            return null;
        }
        return gitBranch.startsWith("origin/") ? gitBranch.substring("origin/".length()) : gitBranch;
    }

    Optional<String> commitValue() {
        return Optional.ofNullable(commit).filter(s -> !s.isBlank());
    }

    Optional<String> branchValue() {
        return Optional.ofNullable(branch).filter(s -> !s.isBlank());
    }

    Optional<String> repositoryUrlValue() {
        return Optional.ofNullable(repositoryUrl).filter(s -> !s.isBlank());
    }
}
