package io.jenkins.plugins.dbgitops.jenkins;

import java.io.Serializable;

/**
 * Review parameters shared by the step, the builder and the wrapper. Path, dialect and policy are null unless the
 * job gives them: then {@code dbgitops.yaml} decides, as it does for the release. A plain class, not a record: step
 * executions and the wrapper's disposer are persisted with the Pipeline program, whose serialisation cannot restore
 * records.
 */
final class ReviewOptions implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String dialect;
    private final String policy;
    private final FailOn failOn;
    private final boolean publish;
    private final boolean changedOnly;
    private final String tokenCredentialsId;
    private final String config;
    /** Null in executions saved before the review could use a database. */
    private String schemaFrom;
    private boolean dryRun;

    /**
     * @param path               the migrations directory, or null for the configuration's
     * @param dialect            the engine, or null for the configuration's
     * @param policy             a policy template ({@code prod}, {@code dev}) or a policy file in the workspace, or
     *                           null for the configuration's
     * @param changedOnly        on pull-request builds, review only the files changed against the target branch
     * @param tokenCredentialsId credentials of the code host token for the pull request comment, or empty
     * @param config             the project configuration file in the workspace
     */
    ReviewOptions(String path, String dialect, String policy, FailOn failOn, boolean publish, boolean changedOnly,
            String tokenCredentialsId, String config) {
        this.path = path;
        this.dialect = dialect;
        this.policy = policy;
        this.failOn = failOn;
        this.publish = publish;
        this.changedOnly = changedOnly;
        this.tokenCredentialsId = tokenCredentialsId;
        this.config = config;
    }

    String path() {
        return path;
    }

    String dialect() {
        return dialect;
    }

    String policy() {
        return policy;
    }

    FailOn failOn() {
        return failOn;
    }

    boolean publish() {
        return publish;
    }

    boolean changedOnly() {
        return changedOnly;
    }

    String tokenCredentialsId() {
        return tokenCredentialsId;
    }

    String config() {
        return config;
    }

    /**
     * These options reading the starting schema from an environment and dry-running the files.
     *
     * @param schemaFrom an environment of the configuration (its first target, read only) instead of
     *                   {@code review.schemaFrom}, or null/blank for the configuration's
     * @param dryRun     apply the files to a throwaway database on {@code review.dryRun}'s server
     */
    ReviewOptions withDatabases(String schemaFrom, boolean dryRun) {
        ReviewOptions copy = new ReviewOptions(path, dialect, policy, failOn, publish, changedOnly,
                tokenCredentialsId, config);
        copy.schemaFrom = schemaFrom == null || schemaFrom.isBlank() ? null : schemaFrom.trim();
        copy.dryRun = dryRun;
        return copy;
    }

    String schemaFrom() {
        return schemaFrom;
    }

    boolean dryRun() {
        return dryRun;
    }
}
