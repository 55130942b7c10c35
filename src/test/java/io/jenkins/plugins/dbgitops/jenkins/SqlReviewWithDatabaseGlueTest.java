package io.jenkins.plugins.dbgitops.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.StreamTaskListener;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.testing.EmbeddedDatabases;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sqlReview(schemaFrom: 'staging', dryRun: true)} in the shape of a brownfield project: staging's database
 * holds a table no migration created and is read with staging's own login, which may only SELECT; the dry run
 * creates its throwaway database on a scratch server with another login; test's credentials are not in the store,
 * because the review does not need them.
 */
class SqlReviewWithDatabaseGlueTest {
    @TempDir
    Path temp;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String readerPassword = "Reader-" + UUID.randomUUID();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private CredentialsProvider store;

    @AfterEach
    void removeStore() {
        if (store != null) {
            hudson.ExtensionList.lookup(CredentialsProvider.class).remove(store);
        }
    }

    private String staging() {
        return "jdbc:postgresql://localhost:" + EmbeddedDatabases.postgresPort() + "/rs_staging_" + run;
    }

    private static Connection admin(String url) throws SQLException {
        return DriverManager.getConnection(url, "postgres", "postgres");
    }

    private static String server() {
        return "jdbc:postgresql://localhost:" + EmbeddedDatabases.postgresPort() + "/postgres";
    }

    private Path workspace(boolean withDryRunServer) throws Exception {
        try (Connection connection = admin(server()); Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE rs_reader_" + run + " LOGIN PASSWORD '" + readerPassword + "'");
            statement.execute("CREATE DATABASE rs_staging_" + run);
        }
        try (Connection connection = admin(staging()); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE legacy_customers (id bigint PRIMARY KEY, name text NOT NULL)");
            statement.execute("INSERT INTO legacy_customers VALUES (1, 'Ada')");
            statement.execute("GRANT SELECT ON legacy_customers TO rs_reader_" + run);
        }
        store = new GlueFixture.StoreOf(new GlueFixture.Login("staging-reader", "rs_reader_" + run, readerPassword),
                new GlueFixture.Login("scratch-server", "postgres", "postgres"));
        hudson.ExtensionList.lookup(CredentialsProvider.class).add(store);

        Path workspace = Files.createDirectories(temp.resolve("workspace"));
        Files.writeString(workspace.resolve("dbgitops.yaml"), "engine: postgresql\n"
                + (withDryRunServer ? "review:\n  dryRun:\n    url: " + server() + "\n    credentials: scratch-server\n"
                        : "")
                + "environments:\n"
                + "  - name: test\n    targets:\n      - name: test-db\n        url: jdbc:postgresql://test-db.invalid"
                + ":5432/app\n        credentials: test-login-not-in-this-store\n"
                + "  - name: staging\n    targets:\n      - name: staging-db\n        url: " + staging()
                + "\n        credentials: staging-reader\n");
        Path migrations = Files.createDirectories(workspace.resolve("migrations"));
        Files.writeString(migrations.resolve("202501150900_create_orders.sql"),
                "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES legacy_customers (id));\n");
        Files.writeString(migrations.resolve("202501150901_add_customer_email.sql"),
                "ALTER TABLE legacy_customers ADD COLUMN email text;\n");
        Files.writeString(migrations.resolve("202501150902_seed_order_dml.sql"),
                "-- seed\nINSERT INTO orders (id, customer_id) VALUES ('abc', 1);\n");
        Files.writeString(migrations.resolve("202501150903_add_customer_name.sql"),
                "ALTER TABLE legacy_customers ADD COLUMN name text;\n");
        return workspace;
    }

    private FakeStepContext context(Path workspace, FakeBuild build) {
        return new FakeStepContext().with(FilePath.class, new FilePath(workspace.toFile()))
                .with(TaskListener.class, new StreamTaskListener(console, StandardCharsets.UTF_8))
                .with(EnvVars.class, new EnvVars()).with(Run.class, build);
    }

    private List<String> columnsOfLegacyCustomers() throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = admin(staging());
                ResultSet rs = connection.getMetaData().getColumns(null, "public", "legacy_customers", null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME"));
            }
        }
        return columns;
    }

    private static List<String> throwawayDatabases() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = admin(server()); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT datname FROM pg_database WHERE datname LIKE 'dbgitops_dry_run_%'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    @Test
    void shouldReviewOnTopOfStagingsSchemaAndDryRunOnAThrowawayDatabase() throws Exception {
        Path workspace = workspace(true);
        FakeBuild build = new FakeBuild(Files.createDirectories(temp.resolve("build")));
        FakeStepContext context = context(workspace, build);
        SqlReviewStep step = new SqlReviewStep();
        step.setSchemaFrom("staging");
        step.setDryRun(true);

        step.start(context).start();

        assertThat(context.failure).isNull();
        List<ReviewFindingRow> findings = build.getAction(ReviewAction.class).getSummary().findings();
        // legacy_customers is known from staging: no "does not exist" for it, but its existing column is reported
        assertThat(findings).noneSatisfy(f -> assertThat(f.message()).contains("does not exist"));
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.file()).endsWith("202501150903_add_customer_name.sql");
            assertThat(f.ruleId()).isEqualTo("builtin.walk-through-check");
        });
        // the engine refuses 'abc' for a bigint: a dry-run finding at the INSERT's line
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.file()).endsWith("202501150902_seed_order_dml.sql");
            assertThat(f.ruleId()).isEqualTo("builtin.dry-run");
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.level()).isEqualTo(Level.ERROR);
        });
        String log = console.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("starts from the schema of staging-db").contains("dry run on a throwaway database")
                .doesNotContain(readerPassword);
        // staging is unchanged and the throwaway database is gone
        assertThat(columnsOfLegacyCustomers()).containsExactly("id", "name");
        assertThat(throwawayDatabases()).isEmpty();
    }

    @Test
    void shouldSayWhichRulesWereSkippedWithoutADatabaseAndRefuseADryRunWithoutAServer() throws Exception {
        Path workspace = workspace(false);
        Files.writeString(workspace.resolve("policy.yaml"), "rules:\n  statement.dml-dry-run: warning\n");
        FakeBuild build = new FakeBuild(Files.createDirectories(temp.resolve("build")));
        SqlReviewStep offline = new SqlReviewStep();
        offline.setPolicy("policy.yaml");
        offline.setFailOn("never");

        offline.start(context(workspace, build)).start();

        assertThat(build.getAction(ReviewAction.class).getSummary().skipped()).containsExactly("statement.dml-dry-run");
        assertThat(build.getAction(ReviewAction.class).getSummary().markdown())
                .contains("Not run, they need a database (set `review.schemaFrom`): `statement.dml-dry-run`");
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("skipped statement.dml-dry-run: they need a"
                + " database");

        SqlReviewStep dryRun = new SqlReviewStep();
        dryRun.setDryRun(true);
        FakeStepContext refused = context(workspace, build);
        dryRun.start(refused).start();
        assertThat(refused.failure).isInstanceOf(AbortException.class).hasMessageContaining("review.dryRun")
                .hasMessageContaining("never a production server");
    }
}
