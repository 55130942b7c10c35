package io.jenkins.plugins.dbgitops.engine.database;

import io.jenkins.plugins.dbgitops.engine.migration.Checksums;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * A session-level advisory lock ({@code pg_try_advisory_lock}, polled until the wait is over) held by a dedicated,
 * idle connection in auto-commit mode. Transaction-level locks would keep a transaction open, and
 * {@code CREATE INDEX CONCURRENTLY} waits for every older transaction: it would wait for the lock forever.
 */
final class PostgresAdvisoryLock {
    private PostgresAdvisoryLock() {
    }

    static DatabaseLock acquire(ConnectionFactory opener, LockRequest request) throws SQLException {
        long key = keyOf(request.name());
        Connection connection = opener.open();
        try {
            try (PreparedStatement name = connection.prepareStatement(
                    "SELECT set_config('application_name', ?, false)")) {
                // what a waiting run shows as the holder; application_name is cut at 63 bytes by the server
                name.setString(1, truncate("dbgitops " + request.holder(), 60));
                name.execute();
            }
            LockWaiting waiting = new LockWaiting(request.maxWait());
            while (true) {
                if (tryLock(connection, key)) {
                    return new SessionLock(connection, "SELECT pg_advisory_unlock(?)",
                            release -> release.setLong(1, key), true);
                }
                if (waiting.expired()) {
                    throw LockTimeoutException.heldBy(holder(connection, key), request.maxWait());
                }
                waiting.pause();
            }
        } catch (SQLException | RuntimeException e) {
            Connections.closeQuietly(connection);
            throw e;
        }
    }

    private static boolean tryLock(Connection connection, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        }
    }

    private static String holder(Connection connection, long key) {
        String sql = "SELECT a.application_name, a.usename, host(a.client_addr), a.pid, a.backend_start"
                + " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                + " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
                + " AND l.classid::bigint = ? AND l.objid::bigint = ?";
        return LockHolder.describe(connection, sql, statement -> {
            statement.setLong(1, key >>> 32);
            statement.setLong(2, key & 0xFFFFFFFFL);
        }, row -> "held by '" + row.getString(1) + "', user " + row.getString(2) + ", client " + row.getString(3)
                + ", backend pid " + row.getInt(4) + ", connected since " + row.getTimestamp(5).toInstant());
    }

    /** A stable 64-bit key per history table, so different history tables in one database do not block each other. */
    static long keyOf(String name) {
        String hex = Checksums.sha256Hex(("dbgitops:" + name).getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(HexFormat.of().parseHex(hex.substring(0, 16))).getLong();
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
