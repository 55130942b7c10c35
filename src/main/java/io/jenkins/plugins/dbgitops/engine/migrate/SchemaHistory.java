package io.jenkins.plugins.dbgitops.engine.migrate;

import io.jenkins.plugins.dbgitops.engine.database.Dialect;
import io.jenkins.plugins.dbgitops.engine.database.UtcTime;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationVersion;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;

/**
 * The history table of one target, read in one query. Ranks are handed out from the last one read, so rows are
 * only written by a run that holds the lock and has read the history after taking it.
 */
final class SchemaHistory {
    static final int MAX_ERROR_LENGTH = 4000;
    private static final String COLUMNS = "installed_rank, version, description, type, script, checksum, status,"
            + " release_id, commit_sha, applied_by, started_at, duration_ms, error";

    private final Connection connection;
    private final Dialect dialect;
    private final MigrationOptions options;
    private final String table;
    private int lastRank;

    SchemaHistory(Connection connection, Dialect dialect, MigrationOptions options) {
        this.connection = connection;
        this.dialect = dialect;
        this.options = options;
        this.table = dialect.qualify(options.schema(), options.historyTable());
    }

    /** The rows in order, or empty when the table does not exist; one query when it does. */
    Optional<List<AppliedMigration>> readIfExists() throws SQLException {
        try {
            return Optional.of(read());
        } catch (SQLException e) {
            if (!dialect.tableExists(connection, options.schema(), options.historyTable())) {
                return Optional.empty();
            }
            // another run may have created the table between the query and the check: read once more
            return Optional.of(read());
        }
    }

    List<AppliedMigration> read() throws SQLException {
        List<AppliedMigration> rows = new ArrayList<>();
        Calendar utc = UtcTime.calendar();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT " + COLUMNS + " FROM " + table
                        + " ORDER BY installed_rank")) {
            while (result.next()) {
                rows.add(new AppliedMigration(result.getInt("installed_rank"),
                        MigrationVersion.parse(result.getString("version")), result.getString("description"),
                        result.getString("type"), result.getString("script"),
                        Optional.ofNullable(result.getString("checksum")), status(result.getString("status")),
                        Optional.ofNullable(result.getString("release_id")),
                        Optional.ofNullable(result.getString("commit_sha")), result.getString("applied_by"),
                        UtcTime.get(result, "started_at", utc), result.getLong("duration_ms"),
                        Optional.ofNullable(result.getString("error"))));
            }
        }
        lastRank = rows.isEmpty() ? 0 : rows.get(rows.size() - 1).rank();
        return rows;
    }

    private HistoryStatus status(String value) {
        try {
            return HistoryStatus.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("Unknown status '" + value + "' in history table " + table
                    + ": was it written by a newer dbgitops?", e);
        }
    }

    /** Creates the schema (where the engine can) and the table if they are missing. */
    void create() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (options.schema().isPresent()) {
                Optional<String> createSchema = dialect.createSchemaSql(options.schema().get());
                if (createSchema.isPresent()) {
                    statement.execute(createSchema.get());
                }
            }
            statement.execute(dialect.historyTableDdl(table));
        }
    }

    /** Appends a row and returns its rank. */
    AppliedMigration insert(MigrationVersion version, String description, String type, String script,
            Optional<String> checksum, HistoryStatus status, String appliedBy, Instant startedAt, long durationMs,
            Optional<String> error) throws SQLException {
        int rank = lastRank + 1;
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + table + " (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            statement.setInt(1, rank);
            statement.setString(2, version.toString());
            statement.setString(3, truncate(description, 200));
            statement.setString(4, type);
            statement.setString(5, truncate(script, 1000));
            setOptional(statement, 6, checksum);
            statement.setString(7, status.name());
            setOptional(statement, 8, options.releaseId().map(value -> truncate(value, 200)));
            setOptional(statement, 9, options.commitSha().map(value -> truncate(value, 64)));
            statement.setString(10, truncate(appliedBy, 200));
            UtcTime.set(statement, 11, startedAt);
            statement.setLong(12, durationMs);
            setOptional(statement, 13, error.map(value -> truncate(value, MAX_ERROR_LENGTH)));
            statement.executeUpdate();
        }
        lastRank = rank;
        return new AppliedMigration(rank, version, description, type, script, checksum, status, options.releaseId(),
                options.commitSha(), appliedBy, startedAt, durationMs, error);
    }

    /** Turns a {@code PENDING} row into its final state. */
    void finish(int rank, HistoryStatus status, long durationMs, Optional<String> error) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE " + table
                + " SET status = ?, duration_ms = ?, error = ? WHERE installed_rank = ?")) {
            statement.setString(1, status.name());
            statement.setLong(2, durationMs);
            setOptional(statement, 3, error.map(value -> truncate(value, MAX_ERROR_LENGTH)));
            statement.setInt(4, rank);
            statement.executeUpdate();
        }
    }

    private static void setOptional(PreparedStatement statement, int index, Optional<String> value)
            throws SQLException {
        if (value.isPresent()) {
            statement.setString(index, value.get());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
