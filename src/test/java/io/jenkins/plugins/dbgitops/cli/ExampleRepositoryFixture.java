package io.jenkins.plugins.dbgitops.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The shipped example migrations plus the kind of change a pull request brings: rules broken, one suppressed. */
final class ExampleRepositoryFixture {
    private ExampleRepositoryFixture() {
    }

    static Path examplesWithABrokenMigration(Path root) throws IOException {
        Path migrations = Files.createDirectories(root.resolve("migrations"));
        try (Stream<Path> files = Files.list(Path.of("examples/migrations"))) {
            for (Path file : files.toList()) {
                Files.copy(file, migrations.resolve(file.getFileName()));
            }
        }
        Files.writeString(migrations.resolve("202503011000_order_notes.sql"), """
                -- Notes on orders, and a faster search by status.
                ALTER TABLE orders ADD COLUMN note VARCHAR(500) NOT NULL;
                CREATE INDEX idx_orders_status ON orders (status);
                -- dbgitops:ignore table.require-pk the audit copy is append-only and keyed by the orders table
                CREATE TABLE order_notes_audit (order_id BIGINT, note VARCHAR(500));
                -- dbgitops:ignore column.no-null nothing to silence here: reported as unused
                UPDATE orders SET note = '<b>fragile</b> & "quoted"' ;
                """);
        return migrations;
    }
}
