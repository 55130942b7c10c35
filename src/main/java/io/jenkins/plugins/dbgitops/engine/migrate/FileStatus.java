package io.jenkins.plugins.dbgitops.engine.migrate;

/** What happened to one migration file on one target. */
public enum FileStatus {
    /** Run now and recorded as {@code DONE}. */
    APPLIED,
    /** Already applied with the same checksum, or below the baseline. */
    SKIPPED,
    /** Already applied, but the file changed since: an error that stops the target, or a warning, per the policy. */
    MODIFIED,
    /** Failed; the error says which statement and why. */
    FAILED,
    /** Not run because an earlier file failed or the target was blocked. */
    NOT_RUN,
    /** Dry run: would be applied. */
    WOULD_APPLY
}
