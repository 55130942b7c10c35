package io.jenkins.plugins.dbgitops.engine.deploy;

import io.jenkins.plugins.dbgitops.engine.migrate.TargetOutcome;
import java.util.Collection;

/** The outcome of a rollout to one environment, over all its targets. */
public enum DeploymentStatus {
    /** Every target succeeded and at least one applied something. */
    SUCCESS,
    /** Some targets succeeded, some failed; a re-run finishes only the failed ones. */
    PARTIAL,
    /** No target succeeded. */
    FAILED,
    /** Every target already had the whole release. */
    NOTHING_TO_DO;

    public static DeploymentStatus of(Collection<TargetOutcome> outcomes) {
        long failed = outcomes.stream().filter(TargetOutcome::isFailure).count();
        if (failed == 0) {
            return outcomes.stream().allMatch(outcome -> outcome == TargetOutcome.NOTHING_TO_DO)
                    ? NOTHING_TO_DO : SUCCESS;
        }
        return failed == outcomes.size() ? FAILED : PARTIAL;
    }

    public boolean isFailure() {
        return this == PARTIAL || this == FAILED;
    }
}
