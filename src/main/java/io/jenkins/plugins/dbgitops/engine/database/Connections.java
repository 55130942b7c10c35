package io.jenkins.plugins.dbgitops.engine.database;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

/** Opens connections to targets and turns driver failures into one-line, password-free messages. */
public final class Connections {

    private Connections() {
    }

    /**
     * Opens a connection in auto-commit mode, prepared by the target's dialect.
     *
     * @throws UserInputException naming the target (redacted) when the driver is missing, the database is
     *                            unreachable or the credentials are wrong
     */
    public static Connection open(DatabaseTarget target) {
        Dialect dialect = Dialect.forEngine(target.engine());
        Driver driver = JdbcDrivers.forUrl(target.url()).orElseThrow(() -> new UserInputException(
                "No JDBC driver for target " + target.describe() + ": use a jdbc:postgresql:, jdbc:mariadb:,"
                + " jdbc:mysql:, jdbc:h2: or jdbc:sqlite: URL."));
        Properties properties = dialect.connectionProperties(target.url());
        if (target.user() != null) {
            properties.setProperty("user", target.user());
        }
        if (target.password() != null) {
            properties.setProperty("password", target.password());
        }
        H2Files.createFolderOf(target.url());
        Connection connection;
        try {
            connection = driver.connect(JdbcDrivers.driverUrl(target.url()), properties);
        } catch (SQLException e) {
            throw connectionFailure(target, e);
        }
        if (connection == null) {
            throw new UserInputException("The JDBC driver refused the URL of target " + target.describe()
                    + ": check its form, such as jdbc:postgresql://host:5432/db or jdbc:mysql://host:3306/db.");
        }
        try {
            connection.setAutoCommit(true);
            dialect.prepare(connection);
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw connectionFailure(target, e);
        }
    }

    /** The user-facing error for a failed connection; the driver's message is sanitised and kept to one line. */
    static UserInputException connectionFailure(DatabaseTarget target, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String driverMessage = oneLine(target.sanitize(e.getMessage()));
        Throwable unknownHost = causeOf(e, UnknownHostException.class);
        if (unknownHost != null) {
            driverMessage += " (unknown host " + target.sanitize(unknownHost.getMessage()) + ")";
        }
        String advice;
        if (state.startsWith("28") || driverMessage.toLowerCase(Locale.ROOT).contains("access denied")
                || driverMessage.toLowerCase(Locale.ROOT).contains("authentication failed")) {
            advice = "Cannot log in to target " + target.describe() + ": " + driverMessage
                    + ". Check the user and the password (--user, --password-env or --password-file).";
        } else if (state.startsWith("08") || hasCause(e, ConnectException.class)
                || hasCause(e, UnknownHostException.class)) {
            advice = "Cannot reach target " + target.describe() + ": " + driverMessage
                    + ". Check the host, port and database name in the URL and that the database is running.";
        } else {
            advice = "Cannot connect to target " + target.describe() + ": " + driverMessage
                    + ". Check the URL, the database name and the credentials.";
        }
        return new UserInputException(advice);
    }

    /** A driver message on one line: line breaks and runs of spaces become single spaces. */
    public static String oneLine(String message) {
        String text = message == null ? "" : message.strip().replaceAll("\\s+", " ");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static boolean hasCause(Throwable throwable, Class<? extends Throwable> type) {
        return causeOf(throwable, type) != null;
    }

    private static Throwable causeOf(Throwable throwable, Class<? extends Throwable> type) {
        for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return cause;
            }
        }
        return null;
    }

    public static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            // closing after a failure: the first error is the one worth reporting
        }
    }
}
