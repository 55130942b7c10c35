package io.jenkins.plugins.dbgitops.engine.config;

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
 */
public record EnvironmentConfig(String name, Approval approval, List<String> approvers, int parallel,
        List<String> requires, boolean allowSkip, boolean failFast, List<DeploymentTarget> targets) {

    public EnvironmentConfig {
        approvers = List.copyOf(approvers);
        requires = List.copyOf(requires);
        targets = List.copyOf(targets);
    }
}
