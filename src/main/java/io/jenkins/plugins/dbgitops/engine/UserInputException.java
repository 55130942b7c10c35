package io.jenkins.plugins.dbgitops.engine;

/**
 * Bad usage or bad input: a missing directory, a malformed file, an unreachable database, a wrong password.
 * The message is meant for the user as it is: it says what was found, where, and what to do.
 * Front ends print it without a stack trace and exit with code 2.
 */
public class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
