package io.jenkins.plugins.dbgitops.engine.review.dryrun;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.database.Connections;
import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;

/**
 * A database created on a server for one dry run and dropped afterwards, also when the run fails or the JVM is
 * stopped (a shutdown hook). Statements on it time out, so a dry run cannot hang a build.
 */
final class ThrowawayDatabase implements AutoCloseable {
    static final String PREFIX = "dbgitops_dry_run_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DatabaseTarget server;
    private final String name;
    private final DatabaseTarget target;
    private final Thread dropOnExit = new Thread(this::drop, "dbgitops dry-run cleanup");

    private ThrowawayDatabase(DatabaseTarget server, String name, Duration statementTimeout) {
        this.server = server;
        this.name = name;
        String url = withDatabase(server.url(), name);
        if (server.engine() == SqlEngine.MARIADB) {
            // MariaDB has no per-database timeout: the session gets one through the connection (MySQL has no
            // such variable for DML, so a dry run there has no timeout of its own)
            url += (url.contains("?") ? "&" : "?") + "sessionVariables=max_statement_time="
                    + statementTimeout.toSeconds();
        }
        this.target = new DatabaseTarget("dry run", url, server.user(), server.password(), server.engine());
    }

    /**
     * Creates an empty database on the server.
     *
     * @throws UserInputException when the server cannot be reached or the user may not create databases
     */
    static ThrowawayDatabase create(DatabaseTarget server, Duration statementTimeout) {
        if (server.engine() != SqlEngine.POSTGRESQL && server.engine() != SqlEngine.MYSQL
                && server.engine() != SqlEngine.MARIADB) {
            throw new UserInputException("Cannot dry-run on " + server.describe() + ": the dry run creates a"
                    + " throwaway database on a PostgreSQL, MySQL or MariaDB server. Name such a server.");
        }
        String name = PREFIX + HexFormat.of().formatHex(RANDOM.generateSeed(6));
        ThrowawayDatabase database = new ThrowawayDatabase(server, name, statementTimeout);
        try (Connection connection = Connections.open(server); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
            Runtime.getRuntime().addShutdownHook(database.dropOnExit);
            if (server.engine() == SqlEngine.POSTGRESQL) {
                statement.execute("ALTER DATABASE " + name + " SET statement_timeout = '"
                        + statementTimeout.toMillis() + "ms'");
            }
        } catch (SQLException e) {
            database.close();
            throw new UserInputException("Cannot create a throwaway database for the dry run on "
                    + server.describe() + ": " + Connections.oneLine(server.sanitize(e.getMessage()))
                    + ". The dry-run user needs the right to create databases.", e);
        }
        return database;
    }

    String name() {
        return name;
    }

    DatabaseTarget target() {
        return target;
    }

    @Override
    public void close() {
        drop();
        try {
            Runtime.getRuntime().removeShutdownHook(dropOnExit);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // the JVM is exiting (the hook is running or was never added): nothing to remove
        }
    }

    private synchronized void drop() {
        try (Connection connection = Connections.open(server); Statement statement = connection.createStatement()) {
            statement.execute(server.engine() == SqlEngine.POSTGRESQL
                    ? "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)" : "DROP DATABASE IF EXISTS " + name);
        } catch (SQLException | UserInputException e) {
            // nothing else to do: the name says what it is, and the next run does not reuse it
        }
    }

    /** The server's URL with its database replaced by {@code database} (or added when it has none). */
    static String withDatabase(String url, String database) {
        int hosts = url.indexOf("//");
        if (hosts < 0) {
            throw new UserInputException("Cannot dry-run on '" + io.jenkins.plugins.dbgitops.engine.sql.JdbcUrls
                    .redact(url) + "': give a URL of the form jdbc:postgresql://host:port/database.");
        }
        int end = url.length();
        for (char stop : new char[] {'?', ';'}) {
            int at = url.indexOf(stop, hosts);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        int slash = url.indexOf('/', hosts + 2);
        if (slash < 0 || slash > end) {
            return url.substring(0, end) + "/" + database + url.substring(end);
        }
        return url.substring(0, slash + 1) + database + url.substring(end);
    }
}
