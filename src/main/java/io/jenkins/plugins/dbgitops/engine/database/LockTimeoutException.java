package io.jenkins.plugins.dbgitops.engine.database;

import java.time.Duration;

/** Another run held the database's migration lock for longer than the configured wait. */
public class LockTimeoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LockTimeoutException(String message) {
        super(message);
    }

    /** A session lock another run did not release within {@code maxWait}; {@code holder} describes that run. */
    static LockTimeoutException heldBy(String holder, Duration maxWait) {
        return new LockTimeoutException("Another migration run holds the lock on this database (" + holder
                + ") and did not release it within " + maxWait.toSeconds() + " s. Wait for it to finish, or raise"
                + " the lock wait.");
    }
}
