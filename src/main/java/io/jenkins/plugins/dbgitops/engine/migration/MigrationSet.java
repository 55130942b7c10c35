package io.jenkins.plugins.dbgitops.engine.migration;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The migrations of one directory in version order, and the {@code .sql} files that carry no version
 * (reported to the user, never silently skipped).
 */
public record MigrationSet(Path directory, List<MigrationFile> migrations, List<String> unversioned) {

    public MigrationSet {
        migrations = List.copyOf(migrations);
        unversioned = List.copyOf(unversioned);
    }

    public Optional<MigrationFile> find(MigrationVersion version) {
        return migrations.stream().filter(migration -> migration.version().equals(version)).findFirst();
    }
}
