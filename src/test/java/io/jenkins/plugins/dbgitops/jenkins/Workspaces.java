package io.jenkins.plugins.dbgitops.jenkins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Migration folders for glue tests. */
final class Workspaces {
    private Workspaces() {
    }

    /** A workspace whose second migration creates a table without a primary key (rule table.require-pk). */
    static Path withTableWithoutPrimaryKey(Path root) throws IOException {
        Path migrations = Files.createDirectories(root.resolve("migrations"));
        Files.writeString(migrations.resolve("202501150900_add_user_table.sql"),
                "CREATE TABLE users (id bigint PRIMARY KEY, name text);\n");
        Files.writeString(migrations.resolve("202501150901_add_audit_log.sql"),
                "-- audit trail\nCREATE TABLE audit_log (event text, created_at timestamp);\n");
        return root;
    }

    static Path clean(Path root) throws IOException {
        Path migrations = Files.createDirectories(root.resolve("migrations"));
        Files.writeString(migrations.resolve("202501150900_add_user_table.sql"),
                "CREATE TABLE users (id bigint PRIMARY KEY, name text);\n");
        return root;
    }
}
