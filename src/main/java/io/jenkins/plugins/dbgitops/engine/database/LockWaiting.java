package io.jenkins.plugins.dbgitops.engine.database;

import java.time.Duration;
import java.time.Instant;

/** Polling with a growing pause, bounded by a deadline; shared by the locks that poll. */
final class LockWaiting {
    private final Instant deadline;
    private long pauseMs = 20;

    LockWaiting(Duration wait) {
        this.deadline = Instant.now().plus(wait);
    }

    boolean expired() {
        return !Instant.now().isBefore(deadline);
    }

    /** Sleeps a little longer each time, at most half a second. */
    void pause() {
        try {
            Thread.sleep(pauseMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LockTimeoutException("Interrupted while waiting for the migration lock.");
        }
        pauseMs = Math.min(500, pauseMs * 2);
    }
}
