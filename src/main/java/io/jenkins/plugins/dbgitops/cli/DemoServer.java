package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A real embedded server started for the demo, with one database per target of the server configuration; the
 * subclass starts it, then calls {@link #serve}, and stops it on {@link #close}.
 */
abstract class DemoServer extends DemoDatabases {
    private final String product;
    private Map<String, String> variables = Map.of();
    private int port;

    /** @param product what the demo says it runs on, e.g. "MariaDB 11.4" */
    DemoServer(SqlEngine engine, String product) {
        super(new Example(SERVER_CONFIG, engine));
        this.product = product;
    }

    /** Once the server runs: creates the demo's databases as the administrator and names them to the configuration. */
    final void serve(int serverPort, String administratorUrl, String jdbcPrefix, String user, String password) {
        createDatabases(administratorUrl, user, password);
        variables = Map.of("DEMO_ENGINE", example().dialect().id(), "DEMO_JDBC", jdbcPrefix, "DEMO_DB_USER", user,
                "DEMO_DB_PASSWORD", password);
        port = serverPort;
    }

    private static void createDatabases(String serverUrl, String user, String password) {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                Statement statement = connection.createStatement()) {
            for (String database : DATABASES) {
                statement.execute("CREATE DATABASE " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the demo's databases on " + serverUrl + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    final Map<String, String> variables() {
        return variables;
    }

    @Override
    final String description() {
        return "embedded " + product + " on port " + port + ", one database per target";
    }
}
