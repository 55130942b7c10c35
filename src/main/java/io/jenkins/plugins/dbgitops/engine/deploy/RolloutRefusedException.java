package io.jenkins.plugins.dbgitops.engine.deploy;

/**
 * A rollout that was not started because a rule forbids it: the approval is missing or not allowed, or the release
 * has not succeeded on the environments it must pass first. Front ends exit with 1; nothing was changed.
 */
public class RolloutRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RolloutRefusedException(String message) {
        super(message);
    }
}
