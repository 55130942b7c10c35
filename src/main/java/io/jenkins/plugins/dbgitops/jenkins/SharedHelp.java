package io.jenkins.plugins.dbgitops.jenkins;

import java.util.List;

/**
 * Fields whose help a step shares with the builder or wrapper of the same name: one help page per field, kept beside
 * the step, to which the others' descriptors redirect ({@code Descriptor.addHelpFileRedirect}), so the texts cannot
 * drift apart.
 */
final class SharedHelp {
    /** {@link SqlReviewStep}'s fields that {@link SqlReviewBuilder} has too. */
    static final List<String> REVIEW = List.of("path", "dialect", "policy", "config", "failOn", "changedOnly",
            "tokenCredentialsId", "schemaFrom", "dryRun");
    /** {@link SqlReviewStep}'s fields that {@link DatabaseGitOpsWrapper} has too. */
    static final List<String> WRAPPER = List.of("path", "dialect", "failOn");
    /** {@link DbRolloutStep}'s fields that {@link DbRolloutBuilder} has too. */
    static final List<String> ROLLOUT = List.of("environment", "release", "releaseDirectory", "shard", "dryRun");
    /** {@link DbReleaseStep}'s field that the rollout step and builder have too. */
    static final String CONFIG = "config";

    private SharedHelp() {
    }
}
