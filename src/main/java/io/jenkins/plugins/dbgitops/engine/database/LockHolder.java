package io.jenkins.plugins.dbgitops.engine.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Who holds a session lock, from the server's list of sessions, for the message of a run that waited in vain. The
 * question is a courtesy: when the server will not answer, the holder is unknown and the timeout still reported.
 */
final class LockHolder {
    private LockHolder() {
    }

    /** Sets the parameters of the query. */
    interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    /** Describes the holder's session from the query's row. */
    interface Description {
        String of(ResultSet row) throws SQLException;
    }

    static String describe(Connection connection, String sql, Parameters parameters, Description description) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            parameters.set(statement);
            try (ResultSet rows = statement.executeQuery()) {
                if (rows.next()) {
                    return description.of(rows);
                }
            }
        } catch (SQLException e) {
            return "holder unknown: " + Connections.oneLine(e.getMessage());
        }
        return "holder unknown";
    }
}
