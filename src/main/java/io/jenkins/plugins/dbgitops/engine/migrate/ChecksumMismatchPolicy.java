package io.jenkins.plugins.dbgitops.engine.migrate;

/** What to do when an applied migration's file has changed since it was applied. */
public enum ChecksumMismatchPolicy {
    /** Stop the target with an error naming the file and both checksums (the default). */
    ERROR,
    /** Report a warning and carry on; the applied version stays applied. */
    WARN
}
