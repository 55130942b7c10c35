package io.jenkins.plugins.dbgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.dbgitops.testing.EmbeddedDatabases;
import io.jenkins.plugins.dbgitops.testing.TestDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The migration commands end to end, as a user runs them: exit codes, output, and no secrets in either stream. */
class MigrationCommandsTest {
    private static final String SECRET = "Tr0ub4dor-s3cret";

    @TempDir
    Path directory;

    /** What a command printed and returned. */
    record Run(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private static Run dbgitops(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = DbGitOpsCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private Path migrations() throws IOException {
        Path dir = directory.resolve("migrations");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("202501150900_add_person.sql"),
                "CREATE TABLE person (id INT PRIMARY KEY, name VARCHAR(100));\n");
        Files.writeString(dir.resolve("202501150901_seed_dml.sql"), "INSERT INTO person VALUES (1, 'Ada');\n");
        return dir;
    }

    private Path passwordFile() throws IOException {
        return Files.writeString(directory.resolve("password.txt"), SECRET + "\n");
    }

    private static void assertOneLineWithoutStackTrace(Run run) {
        assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void shouldMigrateSeveralTargetsThenSkipEverythingAndReportStatus() throws IOException {
        TestDatabase first = EmbeddedDatabases.newH2Database();
        TestDatabase second = EmbeddedDatabases.newH2Database();
        String dir = migrations().toString();

        Run migrate = dbgitops("migrate", "--dir", dir, "--url", first.url(), "--url", second.url(),
                "--user", "sa", "--parallel", "2");
        Run again = dbgitops("migrate", "--dir", dir, "--url", first.url(), "--url", second.url(), "--user", "sa");
        Run status = dbgitops("status", "--dir", dir, "--url", first.url(), "--user", "sa");

        assertThat(migrate.exitCode()).as(migrate.all()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(migrate.out()).contains("[1/2] ", "[2/2] ", "TARGET", "SUCCESS", "All 2 target(s) migrated.");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(again.out()).contains("NOTHING_TO_DO").doesNotContain("SUCCESS");
        assertThat(status.exitCode()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(status.out()).contains("202501150900", "applied", "202501150901_seed_dml.sql");
    }

    @Test
    void shouldPrintOneJsonDocumentForPlanMigrateAndStatus() throws IOException {
        TestDatabase database = EmbeddedDatabases.newPostgresDatabase();
        String dir = migrations().toString();
        ObjectMapper mapper = new ObjectMapper();

        Run plan = dbgitops("plan", "--dir", dir, "--url", database.url(), "--user", database.user(),
                "--format", "json");
        Run migrate = dbgitops("migrate", "--dir", dir, "--url", database.url(), "--user", database.user(),
                "--format", "json");
        Run status = dbgitops("status", "--dir", dir, "--url", database.url(), "--user", database.user(),
                "--format", "json");

        JsonNode planned = mapper.readTree(plan.out()).path("targets").path(0);
        assertThat(planned.path("historyExists").asBoolean(true)).isFalse();
        assertThat(planned.path("toApply")).hasSize(2);
        assertThat(planned.path("toApply").path(0).path("version").asText()).isEqualTo("202501150900");
        JsonNode migrated = mapper.readTree(migrate.out());
        assertThat(migrated.path("exitCode").asInt()).isZero();
        assertThat(migrated.path("targets").path(0).path("outcome").asText()).isEqualTo("SUCCESS");
        assertThat(migrated.path("targets").path(0).path("files").path(1).path("status").asText())
                .isEqualTo("APPLIED");
        assertThat(migrated.path("targets").path(0).path("error").isNull()).isTrue();
        JsonNode versions = mapper.readTree(status.out()).path("targets").path(0).path("versions");
        List<String> states = new ArrayList<>();
        versions.forEach(version -> states.add(version.path("state").asText()));
        assertThat(states).containsExactly("APPLIED", "APPLIED");
    }

    @Test
    void shouldExitWithTwoWhenTheDirectoryIsMissing() {
        Run run = dbgitops("migrate", "--dir", directory.resolve("nope").toString(), "--url", "jdbc:h2:mem:x");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("does not exist");
        assertOneLineWithoutStackTrace(run);
    }

    @Test
    void shouldExitWithTwoNamingBothFilesOfADuplicateVersion() throws IOException {
        Path dir = migrations();
        Files.writeString(dir.resolve("202501150900_other.sql"), "SELECT 1;");

        Run run = dbgitops("plan", "--dir", dir.toString(), "--url", "jdbc:h2:mem:x");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("202501150900_add_person.sql", "202501150900_other.sql");
        assertOneLineWithoutStackTrace(run);
    }

    @Test
    void shouldReportOnlyTheFilesErrorWhenTheyAreReadWhileConnecting() throws IOException, SQLException {
        Path dir = migrations();
        Files.writeString(dir.resolve("202501150900_other.sql"), "SELECT 1;");
        TestDatabase database = EmbeddedDatabases.newH2Database();

        Run reachable = dbgitops("migrate", "--dir", dir.toString(), "--url", database.url(), "--user", "sa");
        Run unreachable = dbgitops("migrate", "--dir", dir.toString(), "--url", "jdbc:postgresql://127.0.0.1:1/x");
        Run noUrl = dbgitops("migrate", "--dir", dir.toString());

        assertThat(List.of(reachable, unreachable, noUrl)).allSatisfy(run -> {
            assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains("Duplicate migration version", "202501150900_add_person.sql",
                    "202501150900_other.sql");
            assertOneLineWithoutStackTrace(run);
        });
        assertThat(historyTables(database)).as("nothing written").isZero();
    }

    private static long historyTables(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                        + " WHERE UPPER(TABLE_NAME) = 'DBGITOPS_HISTORY'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void shouldExitWithTwoWhenTheDatabaseIsUnreachableAndNeverShowThePassword() throws IOException {
        String url = "jdbc:postgresql://127.0.0.1:1/orders?password=" + SECRET;

        Run run = dbgitops("migrate", "--dir", migrations().toString(), "--url", url, "--user", "app",
                "--password-file", passwordFile().toString());
        Run plan = dbgitops("plan", "--dir", migrations().toString(), "--url", url, "--user", "app",
                "--password-file", passwordFile().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).contains("Cannot reach target 'orders'", "INPUT_ERROR");
        assertThat(run.all()).doesNotContain(SECRET);
        assertThat(plan.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(plan.err()).contains("Cannot reach target 'orders'", "password=****");
        assertThat(plan.all()).doesNotContain(SECRET);
        assertOneLineWithoutStackTrace(plan);
    }

    /**
     * The shared embedded PostgreSQL trusts every local user, so a role that must give its password is made here:
     * a password and an {@code scram-sha-256} rule for that role alone, ahead of the trust rules.
     */
    private static synchronized void requirePasswordFor(TestDatabase database, String role) throws Exception {
        try (Connection admin = database.connect(); Statement statement = admin.createStatement()) {
            statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "')"
                    + " THEN CREATE ROLE " + role + " LOGIN PASSWORD 'right-one'; END IF; END $$");
            String hbaFile;
            try (var rows = statement.executeQuery("SHOW hba_file")) {
                rows.next();
                hbaFile = rows.getString(1);
            }
            Path hba = Path.of(hbaFile);
            String rules = Files.readString(hba);
            String rule = "host all " + role + " all scram-sha-256\n";
            if (!rules.contains(rule)) {
                Files.writeString(hba, rule + rules);
                statement.execute("SELECT pg_reload_conf()");
            }
        }
    }

    @Test
    void shouldExitWithTwoOnAWrongPasswordAndNeverShowIt() throws Exception {
        TestDatabase database = EmbeddedDatabases.newPostgresDatabase();
        requirePasswordFor(database, "dbgitops_pw");
        String url = database.url().replaceFirst("\\?.*$", "");

        Run run = dbgitops("migrate", "--dir", migrations().toString(), "--url", url,
                "--user", "dbgitops_pw", "--password-file", passwordFile().toString());
        Run status = dbgitops("status", "--dir", migrations().toString(), "--url", url,
                "--user", "dbgitops_pw", "--password-file", passwordFile().toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).contains("Cannot log in to target", "password authentication failed");
        assertThat(status.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(status.err()).contains("Cannot log in to target", "--password-file");
        assertOneLineWithoutStackTrace(status);
        assertThat(run.all() + status.all()).doesNotContain(SECRET);
    }

    @Test
    void shouldLogInWithThePasswordFromAnEnvironmentVariable() throws Exception {
        TestDatabase database = EmbeddedDatabases.newPostgresDatabase();
        requirePasswordFor(database, "dbgitops_pw");
        String url = database.url().replaceFirst("\\?.*$", "");
        UnaryOperator<String> real = ConnectionOptions.environment;
        ConnectionOptions.environment = name -> name.equals("DB_PASSWORD") ? "right-one" : null;
        try {
            // status only reads, so the role needs no rights beyond logging in
            Run run = dbgitops("status", "--dir", migrations().toString(), "--url", url,
                    "--user", "dbgitops_pw", "--password-env", "DB_PASSWORD");

            assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.SUCCESS);
            assertThat(run.out()).contains("no history table yet", "pending");
            assertThat(run.all()).doesNotContain("right-one");
        } finally {
            ConnectionOptions.environment = real;
        }
    }

    @Test
    void shouldRefuseAPasswordOnTheCommandLineAndAMissingVariable() throws IOException {
        Run flag = dbgitops("migrate", "--dir", migrations().toString(), "--url", "jdbc:h2:mem:x",
                "--password", SECRET);
        Run missing = dbgitops("migrate", "--dir", migrations().toString(), "--url", "jdbc:h2:mem:x",
                "--password-env", "DBGITOPS_SURELY_UNSET_VARIABLE");

        assertThat(flag.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(flag.err()).contains("Unknown option");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err()).contains("DBGITOPS_SURELY_UNSET_VARIABLE", "is not set");
    }

    @Test
    void shouldExitWithOneWhenAMigrationFailsAndUnblockWithResolve() throws IOException {
        TestDatabase database = EmbeddedDatabases.newPostgresDatabase();
        Path dir = migrations();
        Files.writeString(dir.resolve("202501150902_broken.sql"), "INSERT INTO nowhere VALUES (1);\n");

        Run failed = dbgitops("migrate", "--dir", dir.toString(), "--url", database.url(), "--user", "postgres");
        Run status = dbgitops("status", "--dir", dir.toString(), "--url", database.url(), "--user", "postgres");
        Files.writeString(dir.resolve("202501150902_broken.sql"), "CREATE TABLE somewhere (id INT);\n");
        Run resolve = dbgitops("resolve", "--url", database.url(), "--user", "postgres", "--version", "202501150902",
                "--as", "rolled-back", "--reason", "fixed the table name");
        Run retried = dbgitops("migrate", "--dir", dir.toString(), "--url", database.url(), "--user", "postgres");

        assertThat(failed.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(failed.out()).contains("FAILED", "202501150902_broken.sql", "line 1", "nowhere",
                "1 of 1 target(s) failed.");
        assertThat(status.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(status.out()).contains("failed");
        assertThat(resolve.exitCode()).as(resolve.all()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(retried.exitCode()).as(retried.all()).isEqualTo(ExitCodes.SUCCESS);
    }

    @Test
    void shouldBaselineAnExistingDatabase() throws Exception {
        TestDatabase database = EmbeddedDatabases.newSqliteDatabase();
        Path dir = migrations();

        Run baseline = dbgitops("baseline", "--url", database.url(), "--version", "202501150900");
        Run migrate = dbgitops("migrate", "--dir", dir.toString(), "--url", database.url());

        assertThat(baseline.exitCode()).as(baseline.all()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(baseline.out()).contains("Baselined", "202501150900");
        // the baselined file did not run, so the DML file finds no table
        assertThat(migrate.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(migrate.out()).containsIgnoringCase("no such table: person");
    }

    @Test
    void shouldStopOnAChangedFileUnlessAllowed() throws IOException {
        TestDatabase database = EmbeddedDatabases.newH2Database();
        Path dir = migrations();
        dbgitops("migrate", "--dir", dir.toString(), "--url", database.url(), "--user", "sa");
        Files.writeString(dir.resolve("202501150900_add_person.sql"),
                "CREATE TABLE person (id INT PRIMARY KEY, name VARCHAR(120));\n");

        Run strict = dbgitops("migrate", "--dir", dir.toString(), "--url", database.url(), "--user", "sa");
        Run lenient = dbgitops("migrate", "--dir", dir.toString(), "--url", database.url(), "--user", "sa",
                "--allow-checksum-mismatch");
        Run status = dbgitops("status", "--dir", dir.toString(), "--url", database.url(), "--user", "sa");

        assertThat(strict.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(strict.out()).contains("202501150900_add_person.sql", "was applied with checksum",
                "--allow-checksum-mismatch");
        assertThat(lenient.exitCode()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(lenient.err()).contains("warning:", "202501150900_add_person.sql");
        assertThat(status.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(status.out()).contains("modified", "changed since applied");
    }

    @Test
    void shouldTakeTheStaleThresholdFromTheCommandLine() throws Exception {
        Path dir = migrations();
        String url = "jdbc:h2:file:" + directory.resolve("crashed").toString().replace('\\', '/');
        Path first = directory.resolve("first");
        Files.createDirectories(first);
        Files.copy(dir.resolve("202501150900_add_person.sql"), first.resolve("202501150900_add_person.sql"));
        assertThat(dbgitops("migrate", "--dir", first.toString(), "--url", url, "--user", "sa").exitCode()).isZero();
        // a run that wrote its PENDING row for the second file two hours ago and died
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, "sa", "");
                java.sql.PreparedStatement insert = connection.prepareStatement("INSERT INTO \"dbgitops_history\""
                        + " (installed_rank, version, description, type, script, checksum, status, applied_by,"
                        + " started_at, duration_ms) VALUES (2, '202501150901', 'seed', 'DML',"
                        + " '202501150901_seed_dml.sql', 'x', 'PENDING', 'crashed-job', ?, 0)")) {
            io.jenkins.plugins.dbgitops.engine.database.UtcTime.set(insert, 1,
                    java.time.Instant.now().minus(java.time.Duration.ofHours(2)));
            insert.executeUpdate();
        }

        Run byDefault = dbgitops("status", "--dir", dir.toString(), "--url", url, "--user", "sa");
        Run patient = dbgitops("status", "--dir", dir.toString(), "--url", url, "--user", "sa", "--stale-after", "180");

        assertThat(byDefault.out()).as(byDefault.all()).containsIgnoringCase("stale");
        assertThat(patient.out()).as(patient.all()).doesNotContainIgnoringCase("stale")
                .containsIgnoringCase("in progress");

        // the same threshold from dbgitops.yaml, per environment over the project's
        Path config = directory.resolve("dbgitops.yaml");
        String environments = "environments:\n  - name: test\n%s    targets:\n      - url: \"" + url
                + ";USER=sa\"\n";
        Files.writeString(config, "migrations: " + dir.toString().replace('\\', '/') + "\nengine: h2\n"
                + "staleAfterMinutes: 180\n" + environments.formatted("    staleAfterMinutes: 30\n"));
        Run environmentWins = dbgitops("status", "--config", config.toString());
        Files.writeString(config, "migrations: " + dir.toString().replace('\\', '/') + "\nengine: h2\n"
                + "staleAfterMinutes: 180\n" + environments.formatted(""));
        Run projectDefault = dbgitops("status", "--config", config.toString());

        assertThat(environmentWins.out()).as(environmentWins.all()).containsIgnoringCase("stale");
        assertThat(projectDefault.out()).as(projectDefault.all()).doesNotContainIgnoringCase("stale")
                .contains("202501150901: IN_PROGRESS");
    }
}
