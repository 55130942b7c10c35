package io.jenkins.plugins.dbgitops.engine.database;

/** Another run held the database's migration lock for longer than the configured wait. */
public class LockTimeoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LockTimeoutException(String message) {
        super(message);
    }
}
