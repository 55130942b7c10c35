package io.jenkins.plugins.dbgitops.engine.deploy;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One rollout to ask for.
 *
 * @param environment    the environment's name
 * @param approvedBy     who approves (a user, or a group name on the command line)
 * @param approverGroups the approver's groups, when the front end knows them (Jenkins)
 * @param parallel       overrides the environment's {@code parallel}
 * @param failFast       overrides the environment's {@code failFast}
 * @param dryRun         plan only: check promotion, report what would run, change nothing, need no approval
 * @param shard          deploy only this share of the environment's targets
 * @param evidence       the deployment records the promotion check reads (with {@code promotion: records})
 */
public record RolloutRequest(String environment, Optional<String> approvedBy, Set<String> approverGroups,
        OptionalInt parallel, Optional<Boolean> failFast, boolean dryRun, Optional<Shard> shard,
        PromotionEvidence evidence) {

    public RolloutRequest {
        approverGroups = Set.copyOf(approverGroups);
    }

    public static RolloutRequest to(String environment) {
        return new RolloutRequest(environment, Optional.empty(), Set.of(), OptionalInt.empty(), Optional.empty(),
                false, Optional.empty(), PromotionEvidence.none("no deployment records (none were given)"));
    }

    public RolloutRequest approvedBy(String user) {
        return new RolloutRequest(environment, Optional.ofNullable(user), approverGroups, parallel, failFast, dryRun,
                shard, evidence);
    }

    public RolloutRequest withApproverGroups(Set<String> groups) {
        return new RolloutRequest(environment, approvedBy, groups, parallel, failFast, dryRun, shard, evidence);
    }

    public RolloutRequest withParallel(Integer value) {
        return new RolloutRequest(environment, approvedBy, approverGroups,
                value == null ? OptionalInt.empty() : OptionalInt.of(value), failFast, dryRun, shard, evidence);
    }

    public RolloutRequest withFailFast(Boolean value) {
        return new RolloutRequest(environment, approvedBy, approverGroups, parallel, Optional.ofNullable(value),
                dryRun, shard, evidence);
    }

    public RolloutRequest withDryRun(boolean value) {
        return new RolloutRequest(environment, approvedBy, approverGroups, parallel, failFast, value, shard,
                evidence);
    }

    public RolloutRequest withShard(Shard value) {
        return new RolloutRequest(environment, approvedBy, approverGroups, parallel, failFast, dryRun,
                Optional.ofNullable(value), evidence);
    }

    public RolloutRequest withEvidence(PromotionEvidence value) {
        return new RolloutRequest(environment, approvedBy, approverGroups, parallel, failFast, dryRun, shard, value);
    }
}
