package io.jenkins.plugins.dbgitops.engine.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A lock the server keeps for a session (MySQL's {@code GET_LOCK}, PostgreSQL's advisory lock), released by one
 * statement. The server also releases it when the session ends, so a failed release is no error.
 *
 * @param connection       the session that holds the lock
 * @param releaseSql       the statement that releases it, with the lock's key as its parameters
 * @param key              sets the key's parameters
 * @param closesConnection whether the session was opened for the lock alone and ends with it
 */
record SessionLock(Connection connection, String releaseSql, LockHolder.Parameters key, boolean closesConnection)
        implements DatabaseLock {

    @Override
    public void close() {
        try (PreparedStatement statement = connection.prepareStatement(releaseSql)) {
            key.set(statement);
            statement.execute();
        } catch (SQLException e) {
            // the lock ends with the session: below, or when the migrator closes it
        } finally {
            if (closesConnection) {
                Connections.closeQuietly(connection);
            }
        }
    }
}
