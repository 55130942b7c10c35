package io.jenkins.plugins.dbgitops.engine.database;

/** A held lock that allows one migration run per database at a time; closing it releases it. */
public interface DatabaseLock extends AutoCloseable {

    /** Releases the lock; never throws (a lost connection releases session locks anyway). */
    @Override
    void close();
}
