package io.jenkins.plugins.dbgitops.engine.database;

import io.jenkins.plugins.dbgitops.engine.migration.Checksums;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * {@code GET_LOCK} on the migration's own session. Named locks are server-wide, so the name includes the database;
 * the server releases it if the session dies.
 */
final class MySqlNamedLock {
    private static final int MAX_NAME_LENGTH = 64;

    private MySqlNamedLock() {
    }

    static DatabaseLock acquire(Connection connection, LockRequest request) throws SQLException {
        String database = request.schema().orElse(connection.getCatalog());
        String name = lockName(database + "." + request.name());
        try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            statement.setString(1, name);
            statement.setLong(2, Math.max(0, (request.maxWait().toMillis() + 999) / 1000));
            try (ResultSet rows = statement.executeQuery()) {
                if (rows.next() && rows.getInt(1) == 1 && !rows.wasNull()) {
                    return new SessionLock(connection, "SELECT RELEASE_LOCK(?)",
                            release -> release.setString(1, name), false);
                }
            }
        }
        throw LockTimeoutException.heldBy(holder(connection, name), request.maxWait());
    }

    static String lockName(String qualified) {
        String name = "dbgitops:" + qualified;
        if (name.length() <= MAX_NAME_LENGTH) {
            return name;
        }
        return "dbgitops:" + Checksums.sha256Hex(qualified.getBytes(StandardCharsets.UTF_8)).substring(0, 40);
    }

    private static String holder(Connection connection, String name) {
        String sql = "SELECT p.ID, p.USER, p.HOST, p.TIME FROM information_schema.PROCESSLIST p"
                + " WHERE p.ID = IS_USED_LOCK(?)";
        return LockHolder.describe(connection, sql, statement -> statement.setString(1, name),
                row -> "held by connection " + row.getLong(1) + ", user " + row.getString(2) + " from "
                        + row.getString(3) + ", busy for " + row.getLong(4) + " s");
    }
}
