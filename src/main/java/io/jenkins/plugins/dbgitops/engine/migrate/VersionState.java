package io.jenkins.plugins.dbgitops.engine.migrate;

/** The state of one migration version on one target, as {@code status} reports it. */
public enum VersionState {
    /** Applied with the file's current checksum (or applied by hand through a resolution). */
    APPLIED,
    /** At or below the baseline: counts as applied without having run. */
    BELOW_BASELINE,
    /** Not applied yet. */
    PENDING,
    /** Applied, but the file changed since. */
    MODIFIED,
    /** The last attempt failed; the target is blocked until the row is resolved. */
    FAILED,
    /** A run started it recently and has not finished (it may still be running). */
    IN_PROGRESS,
    /** A run started it long ago and never finished; the target is blocked until the row is resolved. */
    STALE_PENDING
}
