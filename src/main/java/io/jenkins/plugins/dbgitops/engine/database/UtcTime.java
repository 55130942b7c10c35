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
        return get(rows, column, calendar());
    }

    /** A UTC calendar for {@link #get(ResultSet, String, Calendar)}, to read many rows on one thread with. */
    public static Calendar calendar() {
        return utc();
    }

    /** As {@link #get(ResultSet, String)} with a calendar from {@link #calendar()}, which is not cheap to make. */
    public static Instant get(ResultSet rows, String column, Calendar utc) throws SQLException {
        Timestamp timestamp = rows.getTimestamp(column, utc);
        return timestamp == null ? Instant.EPOCH : timestamp.toInstant();
    }
}
