package io.jenkins.plugins.dbgitops.engine.migrate;

/**
 * The {@code status} column of a history row. The history is a log: the last row of a version decides its state.
 */
public enum HistoryStatus {
    /** Started and not finished: either running now or left by a run that crashed (then "stale"). */
    PENDING,
    /** Applied successfully. */
    DONE,
    /** Failed; blocks the target until resolved. */
    FAILED,
    /** Every version up to this one counts as applied without having been run ({@code baseline}). */
    BASELINE,
    /** A resolution: the failed or interrupted attempt was undone by hand; the file runs again next time. */
    ROLLED_BACK,
    /** A resolution: the failed or interrupted attempt was completed by hand; the version counts as applied. */
    APPLIED_MANUALLY;

    /** Whether the version counts as applied when this is its latest row. */
    public boolean countsAsApplied() {
        return this == DONE || this == BASELINE || this == APPLIED_MANUALLY;
    }
}
