package io.jenkins.plugins.dbgitops.engine.review.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationVersion;
import io.jenkins.plugins.dbgitops.engine.review.ReviewFile;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogWalker;
import io.jenkins.plugins.dbgitops.engine.review.catalog.MutableCatalog;
import io.jenkins.plugins.dbgitops.engine.migrate.MigrationOptions;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.engine.sql.SqlParser;
import io.jenkins.plugins.dbgitops.engine.sql.SqlStatement;
import io.jenkins.plugins.dbgitops.engine.sql.StatementSplitter;
import io.jenkins.plugins.dbgitops.testing.EmbeddedDatabases;
import io.jenkins.plugins.dbgitops.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The snapshot of a live schema is faithful: loaded into an empty database and read again, it gives the same DDL,
 * and the review's walk knows the tables, columns, keys and indexes it holds.
 */
class LiveSchemaReaderTest {
    private static final String POSTGRES_SCHEMA = String.join(";\n",
            "CREATE TYPE mood AS ENUM ('sad', 'happy')",
            "CREATE SCHEMA billing",
            "CREATE TABLE customers (id bigserial PRIMARY KEY, email varchar(200) NOT NULL UNIQUE,"
                    + " created_at timestamptz NOT NULL DEFAULT now(), feeling mood, tags text[],"
                    + " CONSTRAINT email_shape CHECK (email LIKE '%@%'))",
            "CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, customer_id bigint NOT NULL"
                    + " REFERENCES customers (id), total numeric(10,2) DEFAULT 0, doubled numeric GENERATED ALWAYS AS"
                    + " (total * 2) STORED)",
            "CREATE INDEX orders_customer_idx ON orders (customer_id)",
            "CREATE UNIQUE INDEX customers_lower_email ON customers (lower(email))",
            "CREATE TABLE billing.invoices (id int PRIMARY KEY, order_id bigint REFERENCES public.orders (id))",
            "CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100",
            "CREATE TABLE dbgitops_history (installed_rank int PRIMARY KEY, version varchar(50) NOT NULL,"
                    + " description varchar(200), type varchar(20), script varchar(1000), checksum varchar(64),"
                    + " status varchar(20) NOT NULL, release_id varchar(100), commit_sha varchar(64),"
                    + " applied_by varchar(100), started_at timestamp, duration_ms bigint, error text)",
            "INSERT INTO dbgitops_history (installed_rank, version, status) VALUES (1, '1', 'DONE'), (2, '2',"
                    + " 'FAILED'), (3, '3', 'DONE'), (4, '3', 'ROLLED_BACK'), (5, '4', 'DONE')");
    private static final String MARIADB_SCHEMA = String.join(";\n",
            "CREATE TABLE customers (id bigint AUTO_INCREMENT PRIMARY KEY, email varchar(200) NOT NULL UNIQUE,"
                    + " created_at timestamp NOT NULL DEFAULT current_timestamp(), feeling enum('sad','happy'))",
            "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, total decimal(10,2) DEFAULT 0,"
                    + " KEY orders_customer_idx (customer_id), CONSTRAINT orders_customer_fk FOREIGN KEY"
                    + " (customer_id) REFERENCES customers (id))",
            "INSERT INTO customers (email) VALUES ('a@example.com')",
            "CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100");

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"POSTGRESQL", "MARIADB"})
    void shouldDumpASchemaThatLoadsBackToTheSameDump(SqlEngine engine) throws SQLException {
        TestDatabase original = EmbeddedDatabases.create(engine);
        execute(original, engine == SqlEngine.POSTGRESQL ? POSTGRES_SCHEMA : MARIADB_SCHEMA);
        SchemaSnapshot snapshot = reader().read(target(original));
        TestDatabase copy = EmbeddedDatabases.create(engine);
        for (SqlStatement statement : StatementSplitter.forEngine(engine).split(snapshot.ddl())) {
            execute(copy, statement.text());
        }

        assertThat(reader().read(target(copy)).ddl()).isEqualTo(snapshot.ddl());
        assertThat(snapshot.ddl()).contains("customers").contains("orders").contains("big_orders")
                .doesNotContain("dbgitops_history").doesNotContain("AUTO_INCREMENT=");
    }

    @Test
    void shouldKnowWhichMigrationsTheHistoryHolds() throws SQLException {
        TestDatabase database = EmbeddedDatabases.create(SqlEngine.POSTGRESQL);
        execute(database, POSTGRES_SCHEMA);

        SchemaSnapshot snapshot = reader().read(target(database));

        assertThat(snapshot.applied()).containsExactly(MigrationVersion.parse("1"), MigrationVersion.parse("4"));
        assertThat(snapshot.holds(MigrationVersion.parse("3"))).as("rolled back after it was done").isFalse();
    }

    @Test
    void shouldGiveTheWalkTheTablesColumnsKeysAndIndexes() throws SQLException {
        TestDatabase database = EmbeddedDatabases.create(SqlEngine.POSTGRESQL);
        execute(database, POSTGRES_SCHEMA);
        SchemaSnapshot snapshot = reader().read(target(database));

        MutableCatalog catalog = new MutableCatalog(true);
        CatalogWalker walker = new CatalogWalker(catalog);
        SqlParser parser = SqlParser.withDefaults();
        ReviewFile file = snapshot.asReviewFile();
        for (SqlStatement statement : StatementSplitter.forEngine(SqlEngine.POSTGRESQL).split(file.content())) {
            parser.parse(statement).ast().ifPresent(ast -> walker.apply(ast, file.script(), false));
        }

        assertThat(catalog.table("customers")).hasValueSatisfying(table -> {
            assertThat(table.column("email")).hasValueSatisfying(column -> {
                assertThat(column.type().replace(" ", "")).isEqualToIgnoringCase("character varying(200)".replace(" ", ""));
                assertThat(column.nullable()).isFalse();
            });
            assertThat(table.primaryKey()).isPresent();
            assertThat(table.indexes()).anySatisfy(index -> assertThat(index.unique()).isTrue());
        });
        assertThat(catalog.table("orders")).hasValueSatisfying(table -> {
            assertThat(table.indexes()).anySatisfy(index -> assertThat(index.name()).isEqualTo("orders_customer_idx"));
            assertThat(table.foreignKeys()).isNotEmpty();
        });
        assertThat(catalog.table("billing.invoices")).isPresent();
        assertThat(catalog.table("big_orders")).isPresent();
        assertThat(catalog.table("dbgitops_history")).isEmpty();
    }

    @Test
    void shouldReadASnapshotFileAndRefuseABadHeader() throws Exception {
        Path file = directory.resolve("schema.sql");
        Files.writeString(file, SchemaSnapshot.HEADER + ": postgresql\n" + SchemaSnapshot.APPLIED + " 1,2.1\n"
                + "CREATE TABLE t (id int);\n");
        Path bad = directory.resolve("bad.sql");
        Files.writeString(bad, SchemaSnapshot.APPLIED + " one\n");

        SchemaSnapshot snapshot = SchemaSnapshot.read(file, SqlEngine.POSTGRESQL);

        assertThat(snapshot.applied()).containsExactly(MigrationVersion.parse("1"), MigrationVersion.parse("2.1"));
        assertThat(snapshot.render()).isEqualTo(Files.readString(file));
        assertThatThrownBy(() -> SchemaSnapshot.read(bad, SqlEngine.POSTGRESQL)).isInstanceOf(UserInputException.class)
                .hasMessageContaining("bad.sql, line 1");
        assertThatThrownBy(() -> SchemaSnapshot.read(directory.resolve("missing.sql"), SqlEngine.POSTGRESQL))
                .isInstanceOf(UserInputException.class).hasMessageContaining("schema dump");
    }

    private static LiveSchemaReader reader() {
        return new LiveSchemaReader(MigrationOptions.DEFAULT_HISTORY_TABLE);
    }

    private static DatabaseTarget target(TestDatabase database) {
        return DatabaseTarget.of(database.url(), database.user(), database.password());
    }

    private static void execute(TestDatabase database, String script) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String sql : List.of(script.split(";\n"))) {
                statement.execute(sql);
            }
        }
    }
}
