package io.jenkins.plugins.dbgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.dbgitops.engine.release.GitProjects;
import io.jenkins.plugins.dbgitops.testing.EmbeddedDatabases;
import io.jenkins.plugins.dbgitops.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deployment as teams run it: test, staging and prod on real PostgreSQL, each database with its own login, each
 * rollout a separate {@code dbgitops} process that holds only its own environment's credentials, and databases that
 * already hold a table no migration created. Staging's login is revoked before prod is deployed: the promotion check
 * must work from staging's deployment record, not from staging's database.
 */
class SeparateNetworksTest {
    private static final String[] ENVIRONMENTS = {"test", "staging", "prod"};

    @TempDir
    Path temp;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, String> passwords = new HashMap<>();
    private final List<String> outputs = new ArrayList<>();

    private String role(String environment) {
        return "dbg_" + environment + "_" + run;
    }

    private String url(String environment) {
        return "jdbc:postgresql://localhost:" + EmbeddedDatabases.postgresPort() + "/db_" + environment + "_" + run;
    }

    private static void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:"
                + EmbeddedDatabases.postgresPort() + "/postgres", "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private Connection connectAs(String environment) throws SQLException {
        return DriverManager.getConnection(url(environment), role(environment), passwords.get(environment));
    }

    /** Each environment: its own login, owning its own database, which already holds a table of the application. */
    private void createEnvironments() throws SQLException {
        for (String environment : ENVIRONMENTS) {
            String password = environment + "-S3cret-" + UUID.randomUUID();
            passwords.put(environment, password);
            admin("CREATE ROLE " + role(environment) + " LOGIN PASSWORD '" + password + "'");
            admin("CREATE DATABASE db_" + environment + "_" + run + " OWNER " + role(environment));
            try (Connection connection = connectAs(environment); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE legacy_orders (id bigint PRIMARY KEY, placed_at timestamptz)");
            }
        }
    }

    private String configuration() {
        StringBuilder yaml = new StringBuilder("engine: postgresql\nenvironments:\n");
        for (String environment : ENVIRONMENTS) {
            String variables = environment.toUpperCase(Locale.ROOT);
            yaml.append("  - name: ").append(environment).append('\n');
            if (environment.equals("prod")) {
                yaml.append("    approval: manual\n    approvers: [dba-team]\n");
            }
            yaml.append("    targets:\n      - name: ").append(environment).append("-db\n        url: ")
                    .append(url(environment)).append("\n        credentials: env:").append(variables)
                    .append("_DB_USER:").append(variables).append("_DB_PASSWORD\n");
        }
        return yaml.toString();
    }

    private static Map<String, String> migrations() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("202501150900_create_customers.sql", "CREATE TABLE customers (id bigint PRIMARY KEY, email text);\n");
        files.put("202501150910_link_legacy_orders.sql",
                "ALTER TABLE legacy_orders ADD COLUMN customer_id bigint REFERENCES customers (id);\n");
        return files;
    }

    private Path release(Path repository) {
        // the offline review cannot know legacy_orders (no migration creates it): released despite that finding
        CommandRun release = CommandRun.of("release", "--config", repository.resolve("dbgitops.yaml").toString(),
                "--output", temp.resolve("releases").toString(), "--id-template", "r{iteration}",
                "--allow-review-errors");
        assertThat(release.exitCode()).as(release.toString()).isZero();
        outputs.add(release.out() + release.err());
        try (Stream<Path> files = Files.list(temp.resolve("releases"))) {
            return files.filter(file -> file.toString().endsWith(".zip")).sorted().reduce((a, b) -> b).orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@code dbgitops rollout} as its own process, with only {@code environment}'s login in its environment. */
    private Process.Result rollout(Path repository, Path release, String environment, String... extra)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), DbGitOpsCommand.class.getName(), "rollout",
                "--config", repository.resolve("dbgitops.yaml").toString(), "--release", release.toString(), "--env",
                environment));
        command.addAll(List.of(extra));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(temp.resolve("out.txt").toFile())
                .redirectError(temp.resolve("err.txt").toFile());
        String variables = environment.toUpperCase(Locale.ROOT);
        builder.environment().put(variables + "_DB_USER", role(environment));
        builder.environment().put(variables + "_DB_PASSWORD", passwords.get(environment));
        java.lang.Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("rollout to " + environment + " finished").isTrue();
        Process.Result result = new Process.Result(process.exitValue(),
                Files.readString(temp.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(temp.resolve("err.txt"), StandardCharsets.UTF_8));
        outputs.add(result.out() + result.err());
        return result;
    }

    private boolean hasTable(String environment, String table) throws SQLException {
        try (Connection connection = connectAs(environment);
                ResultSet tables = connection.getMetaData().getTables(null, "public", table, null)) {
            return tables.next();
        }
    }

    @Test
    void shouldPromoteToProdFromStagingsRecordWhileStagingIsUnreachable() throws Exception {
        createEnvironments();
        Path repository = GitProjects.create(temp.resolve("repo"), configuration(), migrations());
        Path first = release(repository);

        Process.Result test = rollout(repository, first, "test");
        Process.Result staging = rollout(repository, first, "staging");
        // staging goes away for prod's agent: its login is revoked and prod's process never holds it
        admin("ALTER ROLE " + role("staging") + " NOLOGIN");
        assertThatThrownBy(() -> connectAs("staging").close()).isInstanceOf(SQLException.class);
        Process.Result prod = rollout(repository, first, "prod", "--approved-by", "dba-team");

        GitProjects.write(repository.resolve("migrations/202501160900_add_customer_name.sql"),
                "ALTER TABLE customers ADD COLUMN name text;\n");
        GitProjects.commitAll(repository, "add customer name");
        Path second = release(repository);
        Process.Result prodFirst = rollout(repository, second, "prod", "--approved-by", "dba-team");

        assertThat(test.exitCode()).as(test.toString()).isZero();
        assertThat(staging.exitCode()).as(staging.toString()).isZero();
        assertThat(prod.exitCode()).as(prod.toString()).isZero();
        assertThat(prod.out()).contains("Promotion check passed").contains("deployment records");
        assertThat(hasTable("prod", "customers")).isTrue();
        assertThat(prodFirst.exitCode()).as(prodFirst.toString()).isEqualTo(ExitCodes.FAILURE);
        assertThat(prodFirst.err()).contains("cannot go to 'prod' yet")
                .contains("staging/staging-db: no successful deployment record of this release");
        try (Connection connection = connectAs("prod"); Statement statement = connection.createStatement();
                ResultSet columns = statement.executeQuery("SELECT count(*) FROM information_schema.columns"
                        + " WHERE table_name = 'customers' AND column_name = 'name'")) {
            columns.next();
            assertThat(columns.getInt(1)).as("the refused release changed nothing on prod").isZero();
        }
        for (String output : outputs) {
            for (String password : passwords.values()) {
                assertThat(output).doesNotContain(password);
            }
        }
    }

    @Test
    void shouldMigrateWithTheJdbcMysqlUrlAMySqlUserTypes() throws Exception {
        TestDatabase database = EmbeddedDatabases.newMariaDbDatabase();
        String mysqlUrl = database.url().replace("jdbc:mariadb:", "jdbc:mysql:");
        Path dir = Files.createDirectories(temp.resolve("migrations"));
        Files.writeString(dir.resolve("1_create_items.sql"), "CREATE TABLE items (id BIGINT PRIMARY KEY);\n");

        CommandRun migrate = CommandRun.of("migrate", "--dir", dir.toString(), "--url", mysqlUrl, "--user",
                database.user());

        assertThat(migrate.exitCode()).as(migrate.toString()).isZero();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version, status FROM dbgitops_history")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1) + " " + rows.getString(2)).isEqualTo("1 DONE");
        }
    }

    /** A finished process's exit code and output. */
    private static final class Process {
        record Result(int exitCode, String out, String err) {
        }
    }
}
