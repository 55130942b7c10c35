package io.jenkins.plugins.dbgitops.engine.config;

import java.time.Duration;
import java.util.List;

/**
 * One environment of the promotion chain.
 *
 * @param name      unique name, such as {@code staging}
 * @param approval  automatic, or manual with {@code approvers}
 * @param approvers user or group names allowed to approve a manual rollout
 * @param parallel  how many targets are deployed at once
 * @param requires  environments a release must have succeeded on before it may come here; by default the previous
 *                  one in the file
 * @param allowSkip whether a release may come here without having succeeded on {@code requires}
 * @param failFast  whether the first failing target stops the targets not yet started
 * @param targets   the databases, with groups expanded, in file order
 * @param staleAfter how old a PENDING history row (or lock row) must be to count as left by a crashed run
 *                  ({@code staleAfterMinutes}); younger ones block the target as a rollout still running
 */
public record EnvironmentConfig(String name, Approval approval, List<String> approvers, int parallel,
        List<String> requires, boolean allowSkip, boolean failFast, List<DeploymentTarget> targets,
        Duration staleAfter) {
    /** How old a PENDING history row (or lock row) must be to count as left by a crashed run, by default. */
    public static final Duration DEFAULT_STALE_AFTER = Duration.ofHours(1);

    /** An environment with the default stale threshold. */
    public EnvironmentConfig(String name, Approval approval, List<String> approvers, int parallel,
            List<String> requires, boolean allowSkip, boolean failFast, List<DeploymentTarget> targets) {
        this(name, approval, approvers, parallel, requires, allowSkip, failFast, targets, DEFAULT_STALE_AFTER);
    }

    public EnvironmentConfig {
        approvers = List.copyOf(approvers);
        requires = List.copyOf(requires);
        targets = List.copyOf(targets);
    }
}
