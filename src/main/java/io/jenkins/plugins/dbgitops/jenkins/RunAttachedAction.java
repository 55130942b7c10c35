package io.jenkins.plugins.dbgitops.jenkins;

import hudson.model.Run;
import jenkins.model.RunAction2;

/**
 * An action that reads files of its build's directory ({@link BuildPages}): Jenkins tells it its build when it is
 * added and when the build is loaded again. The build is not persisted with the action.
 */
abstract class RunAttachedAction implements RunAction2 {
    private transient Run<?, ?> run;

    @Override
    public void onAttached(Run<?, ?> run) {
        this.run = run;
    }

    @Override
    public void onLoad(Run<?, ?> run) {
        this.run = run;
    }

    /** The build, or null before Jenkins attached this action to it. */
    Run<?, ?> run() {
        return run;
    }
}
