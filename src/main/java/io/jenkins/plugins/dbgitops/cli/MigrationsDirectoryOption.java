package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationFile;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationScanner;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
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
        requireDirectory();
        MigrationSet set = MigrationScanner.scan(directory);
        for (String file : set.unversioned()) {
            err.println("warning: " + file + " has no version in its name and is not a migration; name it like"
                    + " 202501150900_add_table.sql or V1__add_table.sql.");
        }
        err.flush();
        return set;
    }

    /**
     * Starts {@link #scan} on a daemon thread and returns its files when asked, waiting for them; it throws the
     * scan's exception on every call. A migrate reads its files while it connects to its targets: two waits of a
     * short run that need not add up (docs/benchmarks.md). A missing directory is reported at once, before any
     * connection is tried.
     */
    public Supplier<List<MigrationFile>> scanInBackground(PrintWriter err) {
        requireDirectory();
        MigrationScanner.requireDirectory(directory);
        FutureTask<MigrationSet> scan = new FutureTask<>(() -> scan(err));
        Thread thread = new Thread(scan, "dbgitops-scan");
        thread.setDaemon(true);
        thread.start();
        return () -> {
            try {
                return scan.get().migrations();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while reading the migrations", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw new IllegalStateException("Reading the migrations failed: " + e.getCause(), e.getCause());
            }
        };
    }

    private void requireDirectory() {
        if (directory == null) {
            throw new UserInputException("Missing required option '--dir=DIR': name the migrations directory.");
        }
    }
}
