package io.jenkins.plugins.dbgitops.engine.release;

import io.jenkins.plugins.dbgitops.engine.UserInputException;

/** A release archive failed verification: it is not deployed. The message names the archive and the problem. */
public class InvalidReleaseException extends UserInputException {
    private static final long serialVersionUID = 1L;

    public InvalidReleaseException(String message) {
        super(message);
    }

    public InvalidReleaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
