package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Embedded PostgreSQL 17 (the artifacts the tests use), one database per target; only loaded for the demo. */
final class PostgresDemoServer extends DemoDatabases {
    private static final String USER = "postgres";
    private final EmbeddedPostgres server;
    private final Map<String, String> variables;

    PostgresDemoServer() {
        try {
            server = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL: " + e.getMessage(), e);
        }
        // the embedded server trusts local connections: the password is not checked
        createDatabases(server.getJdbcUrl(USER, "postgres"), USER, USER);
        variables = serverVariables(SqlEngine.POSTGRESQL, "jdbc:postgresql://localhost:" + server.getPort(), USER,
                USER);
    }

    @Override
    String configResource() {
        return SERVER_CONFIG;
    }

    @Override
    Map<String, String> variables() {
        return variables;
    }

    @Override
    String description() {
        return "embedded PostgreSQL 17 on port " + server.getPort() + ", one database per target";
    }

    @Override
    SqlEngine dialect() {
        return SqlEngine.POSTGRESQL;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // the server's directory is temporary; nothing more to do
        }
    }
}
