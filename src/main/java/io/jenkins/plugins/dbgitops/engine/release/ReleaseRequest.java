package io.jenkins.plugins.dbgitops.engine.release;

import java.time.Instant;
import java.util.Optional;

/**
 * What to package, beyond the configuration: values that override what git says, and permissions.
 *
 * @param commit            the commit to record; read from git when empty
 * @param branch            the branch to record; read from git when empty ({@code HEAD} on a detached checkout)
 * @param repositoryUrl     the repository URL to record; the {@code origin} remote when empty
 * @param idTemplate        overrides {@code release.idTemplate} of the configuration
 * @param iteration         the value of {@code {iteration}}; when empty, the lowest number whose archive does not
 *                          exist yet
 * @param createdAt         the creation time to record (a fixed time gives byte-identical archives)
 * @param allowReviewErrors package even when the review reports errors
 * @param allowUncommitted  package even when the migrations differ from the commit
 */
public record ReleaseRequest(Optional<String> commit, Optional<String> branch, Optional<String> repositoryUrl,
        Optional<String> idTemplate, Optional<Integer> iteration, Instant createdAt, boolean allowReviewErrors,
        boolean allowUncommitted) {

    /** Everything from git and the configuration, created at {@code createdAt}. */
    public static ReleaseRequest at(Instant createdAt) {
        return new ReleaseRequest(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), createdAt, false, false);
    }

    public ReleaseRequest withCommit(String value) {
        return new ReleaseRequest(Optional.ofNullable(value), branch, repositoryUrl, idTemplate, iteration, createdAt,
                allowReviewErrors, allowUncommitted);
    }

    public ReleaseRequest withBranch(String value) {
        return new ReleaseRequest(commit, Optional.ofNullable(value), repositoryUrl, idTemplate, iteration, createdAt,
                allowReviewErrors, allowUncommitted);
    }

    public ReleaseRequest withRepositoryUrl(String value) {
        return new ReleaseRequest(commit, branch, Optional.ofNullable(value), idTemplate, iteration, createdAt,
                allowReviewErrors, allowUncommitted);
    }

    public ReleaseRequest withIdTemplate(String value) {
        return new ReleaseRequest(commit, branch, repositoryUrl, Optional.ofNullable(value), iteration, createdAt,
                allowReviewErrors, allowUncommitted);
    }

    public ReleaseRequest withIteration(Integer value) {
        return new ReleaseRequest(commit, branch, repositoryUrl, idTemplate, Optional.ofNullable(value), createdAt,
                allowReviewErrors, allowUncommitted);
    }

    public ReleaseRequest withAllowReviewErrors(boolean value) {
        return new ReleaseRequest(commit, branch, repositoryUrl, idTemplate, iteration, createdAt, value,
                allowUncommitted);
    }

    public ReleaseRequest withAllowUncommitted(boolean value) {
        return new ReleaseRequest(commit, branch, repositoryUrl, idTemplate, iteration, createdAt, allowReviewErrors,
                value);
    }
}
