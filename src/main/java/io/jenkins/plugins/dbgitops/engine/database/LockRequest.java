package io.jenkins.plugins.dbgitops.engine.database;

import java.time.Duration;
import java.util.Optional;

/**
 * What a lock is for and how long to wait.
 *
 * @param schema     the schema of the history table, if configured (lock tables live beside it)
 * @param name       a name unique per history table, such as {@code public.dbgitops_history}
 * @param holder     who asks, recorded so that a waiting run can name the holder
 * @param maxWait       how long to wait before giving up
 * @param staleAfter a lock row older than this is taken over (engines without session locks only)
 */
public record LockRequest(Optional<String> schema, String name, String holder, Duration maxWait, Duration staleAfter) {
}
