package io.jenkins.plugins.dbgitops.engine.review.rules.live;

import io.jenkins.plugins.dbgitops.engine.database.Connections;
import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The live database the database-backed rules ask, never written: DML is only ever {@code EXPLAIN}ed (which plans
 * it without running it), every question has a timeout and runs in a transaction that is rolled back, and on
 * PostgreSQL the session is read only as well. The connection opens on the first question, so a review whose policy asks none opens none.
 */
public final class LiveDatabase implements AutoCloseable {
    /** How long one question may take. */
    public static final Duration QUERY_TIMEOUT = Duration.ofSeconds(30);
    private static final LiveDatabase NONE = new LiveDatabase(null);

    private final DatabaseTarget target;
    private Connection connection;

    private LiveDatabase(DatabaseTarget target) {
        this.target = target;
    }

    /** The database of a review: the target's, or none (rules that need one are then skipped). */
    public static LiveDatabase of(Optional<DatabaseTarget> target) {
        return target.map(LiveDatabase::new).orElse(NONE);
    }

    public boolean available() {
        return target != null;
    }

    public SqlEngine engine() {
        return target.engine();
    }

    /**
     * The plan lines of {@code EXPLAIN <statement>}, after {@code preExecutions} (PostgreSQL's {@code SET ROLE} and
     * {@code SET search_path} that precede the statement in its file), all rolled back.
     *
     * @throws SQLException with the engine's message when it refuses the statement
     */
    public List<String> explain(List<String> preExecutions, String statement) throws SQLException {
        Connection session = session();
        try (Statement sql = timed(session)) {
            sql.setEscapeProcessing(false);
            for (String pre : preExecutions) {
                sql.execute(pre);
            }
            List<String> plan = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("EXPLAIN " + statement)) {
                int width = rows.getMetaData().getColumnCount();
                List<String> headers = new ArrayList<>();
                for (int i = 1; i <= width; i++) {
                    headers.add(rows.getMetaData().getColumnLabel(i));
                }
                while (rows.next()) {
                    StringBuilder line = new StringBuilder();
                    for (int i = 1; i <= width; i++) {
                        // MySQL's tabular plan: name=value pairs; PostgreSQL's: one text column
                        line.append(width == 1 ? "" : headers.get(i - 1) + "=").append(rows.getString(i))
                                .append(i < width ? " " : "");
                    }
                    plan.add(line.toString());
                }
            }
            return plan;
        } finally {
            session.rollback();
        }
    }

    /** The first column of the first row of a catalog query with string parameters, if any row. */
    public Optional<String> value(String query, String... parameters) throws SQLException {
        Connection session = session();
        try (PreparedStatement sql = session.prepareStatement(query)) {
            sql.setQueryTimeout((int) QUERY_TIMEOUT.toSeconds());
            for (int i = 0; i < parameters.length; i++) {
                sql.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = sql.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
            }
        } finally {
            session.rollback();
        }
    }

    /** The engine's message for a refused question, one line, without the password or the quoted values. */
    public String message(SQLException e) {
        return io.jenkins.plugins.dbgitops.engine.review.dryrun.DryRun.redact(
                Connections.oneLine(target.sanitize(e.getMessage())));
    }

    private Connection session() throws SQLException {
        if (connection == null) {
            Connection opened = Connections.open(target);
            try (Statement sql = timed(opened)) {
                // MySQL and MariaDB refuse even EXPLAIN of DML in a read-only transaction ("Cannot execute
                // statement in a READ ONLY transaction"): there only EXPLAIN is sent, and always rolled back
                if (target.engine() == SqlEngine.POSTGRESQL) {
                    sql.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
                    sql.execute("SET statement_timeout = '" + QUERY_TIMEOUT.toMillis() + "ms'");
                }
            } catch (SQLException e) {
                Connections.closeQuietly(opened);
                throw e;
            }
            opened.setAutoCommit(false);
            connection = opened;
        }
        return connection;
    }

    private static Statement timed(Connection connection) throws SQLException {
        Statement statement = connection.createStatement();
        statement.setQueryTimeout((int) QUERY_TIMEOUT.toSeconds());
        return statement;
    }

    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.rollback();
            } catch (SQLException e) {
                // closing anyway: nothing was written
            }
            Connections.closeQuietly(connection);
            connection = null;
        }
    }
}
