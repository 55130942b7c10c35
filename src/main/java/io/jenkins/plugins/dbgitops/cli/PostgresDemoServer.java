package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Embedded PostgreSQL 17 (the artifacts the tests use), one database per target; only loaded for the demo. */
final class PostgresDemoServer extends DemoServer {
    private static final String USER = "postgres";
    private final EmbeddedPostgres server;

    PostgresDemoServer() {
        super(SqlEngine.POSTGRESQL, "PostgreSQL 17");
        try {
            server = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL: " + e.getMessage(), e);
        }
        // the embedded server trusts local connections: the password is not checked
        serve(server.getPort(), server.getJdbcUrl(USER, "postgres"), "jdbc:postgresql://localhost:" + server.getPort(),
                USER, USER);
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
