package io.jenkins.plugins.dbgitops.engine.migrate;

/** Told when each target of a multi-target run finishes, for progress lines. Called from worker threads. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (result, finished, total) -> {
    };

    /**
     * @param result   the finished target's result
     * @param finished how many targets have finished so far, this one included
     * @param total    how many targets the run has
     */
    void targetFinished(TargetResult result, int finished, int total);
}
