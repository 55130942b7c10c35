package io.jenkins.plugins.dbgitops.engine.database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;

/** Writes and reads points in time as UTC, whatever the JVM's or the server's time zone. */
public final class UtcTime {
    private UtcTime() {
    }

    private static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }

    public static void set(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setTimestamp(index, Timestamp.from(instant), utc());
    }

    public static Instant get(ResultSet rows, String column) throws SQLException {
        Timestamp timestamp = rows.getTimestamp(column, utc());
        return timestamp == null ? Instant.EPOCH : timestamp.toInstant();
    }
}
