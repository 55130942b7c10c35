package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationScanner;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --dir}: the migrations directory, scanned once; unversioned files are reported. */
public final class MigrationsDirectoryOption {

    // not required by picocli, so that 'status' can also take the dbgitops.yaml form; scan() insists instead
    @Option(names = "--dir", paramLabel = "DIR", description = "Directory of the migration files.")
    Path directory;

    /** Whether --dir was given. */
    public boolean given() {
        return directory != null;
    }

    /** Scans the directory, warning on {@code err} about {@code .sql} files that carry no version. */
    public MigrationSet scan(PrintWriter err) {
        if (directory == null) {
            throw new UserInputException("Missing required option '--dir=DIR': name the migrations directory.");
        }
        MigrationSet set = MigrationScanner.scan(directory);
        for (String file : set.unversioned()) {
            err.println("warning: " + file + " has no version in its name and is not a migration; name it like"
                    + " 202501150900_add_table.sql or V1__add_table.sql.");
        }
        err.flush();
        return set;
    }
}
