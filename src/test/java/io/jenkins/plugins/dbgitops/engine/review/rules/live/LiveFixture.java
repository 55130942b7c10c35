package io.jenkins.plugins.dbgitops.engine.review.rules.live;

import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.testing.EmbeddedDatabases;
import io.jenkins.plugins.dbgitops.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;

/**
 * One database per engine for the database-backed rule tests, set up once: {@code orders} with 5000 analysed rows,
 * {@code app_owned} owned by the role {@code app_owner} (PostgreSQL), and the backup schema or database
 * {@code bbdataarchive}. The rules only read, so the tests share it; {@link #rows} lets them check that.
 */
final class LiveFixture {
    private static final Map<SqlEngine, TestDatabase> DATABASES = new EnumMap<>(SqlEngine.class);

    private LiveFixture() {
    }

    static synchronized TestDatabase database(SqlEngine engine) {
        SqlEngine server = engine == SqlEngine.MYSQL ? SqlEngine.MARIADB : engine;
        return DATABASES.computeIfAbsent(server, LiveFixture::create);
    }

    static DatabaseTarget target(SqlEngine engine) {
        TestDatabase database = database(engine);
        return DatabaseTarget.of(database.url(), database.user(), database.password());
    }

    static long rows(SqlEngine engine) throws SQLException {
        try (Connection connection = database(engine).connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM orders")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static TestDatabase create(SqlEngine engine) {
        TestDatabase database = EmbeddedDatabases.create(engine);
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE orders (id bigint PRIMARY KEY, total bigint)");
            if (engine == SqlEngine.POSTGRESQL) {
                statement.execute("INSERT INTO orders SELECT g, g FROM generate_series(1, 5000) g");
                statement.execute("ANALYZE orders");
                statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app_owner')"
                        + " THEN CREATE ROLE app_owner; END IF; END $$");
                statement.execute("CREATE TABLE app_owned (id int)");
                statement.execute("ALTER TABLE app_owned OWNER TO app_owner");
                statement.execute("CREATE SCHEMA bbdataarchive");
            } else {
                statement.execute("INSERT INTO orders SELECT seq, seq FROM seq_1_to_5000");
                statement.execute("ANALYZE TABLE orders");
                statement.execute("CREATE DATABASE IF NOT EXISTS bbdataarchive");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot set up the live fixture on " + engine, e);
        }
        return database;
    }
}
