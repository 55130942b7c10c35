package io.jenkins.plugins.dbgitops.cli;

/** The exit codes every {@code dbgitops} command uses. */
public final class ExitCodes {
    public static final int SUCCESS = 0;
    /** Review findings at or above the failure level, or a migration or rollout that failed. */
    public static final int FAILURE = 1;
    /** Bad usage or bad input; the message names what and where. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
