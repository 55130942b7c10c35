package io.jenkins.plugins.dbgitops.engine.migrate;

/** The overall outcome of a migration run on one target. */
public enum TargetOutcome {
    /** At least one file was applied and none failed. */
    SUCCESS,
    /** Every file was already applied. */
    NOTHING_TO_DO,
    /** A file failed; a changed file or a failed or interrupted run blocked the target; or the lock timed out. */
    FAILED,
    /** Bad input: the target cannot be reached (URL, host, credentials, driver) or a file cannot be split. */
    INPUT_ERROR,
    /** Not started because another target failed and fail-fast was asked for. */
    CANCELLED;

    public boolean isFailure() {
        return this == FAILED || this == INPUT_ERROR || this == CANCELLED;
    }
}
