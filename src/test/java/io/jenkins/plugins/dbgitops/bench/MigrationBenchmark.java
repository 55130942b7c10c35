package io.jenkins.plugins.dbgitops.bench;

import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationFile;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationScanner;
import io.jenkins.plugins.dbgitops.engine.migrate.MigrationListener;
import io.jenkins.plugins.dbgitops.engine.migrate.MigrationOptions;
import io.jenkins.plugins.dbgitops.engine.migrate.Migrator;
import io.jenkins.plugins.dbgitops.engine.migrate.ParallelMigrator;
import io.jenkins.plugins.dbgitops.engine.migrate.ProgressListener;
import io.jenkins.plugins.dbgitops.engine.migrate.TargetResult;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.engine.sql.SqlStatement;
import io.jenkins.plugins.dbgitops.engine.sql.StatementSplitter;
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
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;

/**
 * Measures the migrations engine against Flyway and against plain JDBC (the floor: the same statements with no
 * bookkeeping) on one embedded PostgreSQL 17, and prints one line per figure:
 * {@code name: ours=… flyway=… floor=… ratio=…} where ratio is ours / flyway. See docs/benchmarks.md.
 *
 * <p>(a) applying 500 small migrations to an empty database; (b) a no-op re-run with all 500 applied;
 * (c) a no-op check of 50 databases with 200 migrations each, at several parallelisms.
 */
public final class MigrationBenchmark {
    private static final int ROUNDS = 3;

    private MigrationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int databases = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int filesPerDatabase = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Path work = Files.createTempDirectory("dbgitops-bench-");
        Path small = generate(work.resolve("apply"), files);
        System.out.printf(Locale.ROOT, "# PostgreSQL 17 (embedded), %d cores, Java %s, %d rounds, median%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), ROUNDS);
        applyAndRerun(small, files);
        checkManyDatabases(generate(work.resolve("many"), filesPerDatabase), databases, filesPerDatabase);
        System.exit(0);
    }

    private static void applyAndRerun(Path directory, int files) throws Exception {
        List<Long> ours = new ArrayList<>();
        List<Long> flyway = new ArrayList<>();
        List<Long> floor = new ArrayList<>();
        List<String> statements = statements(directory);
        TestDatabase oursDb = null;
        TestDatabase flywayDb = null;
        TestDatabase floorDb = null;
        for (int round = 0; round < ROUNDS; round++) {
            oursDb = EmbeddedDatabases.newPostgresDatabase();
            flywayDb = EmbeddedDatabases.newPostgresDatabase();
            floorDb = EmbeddedDatabases.newPostgresDatabase();
            TestDatabase o = oursDb;
            TestDatabase f = flywayDb;
            TestDatabase p = floorDb;
            ours.add(time(() -> ours(o, directory)));
            flyway.add(time(() -> flyway(f, directory)));
            floor.add(time(() -> plainJdbc(p, statements)));
        }
        print("a_apply_" + files + "_migrations", ours, flyway, floor);

        List<Long> oursNoop = new ArrayList<>();
        List<Long> flywayNoop = new ArrayList<>();
        List<Long> floorNoop = new ArrayList<>();
        TestDatabase o = oursDb;
        TestDatabase f = flywayDb;
        for (int round = 0; round < ROUNDS + 2; round++) {
            oursNoop.add(time(() -> ours(o, directory)));
            flywayNoop.add(time(() -> flyway(f, directory)));
            floorNoop.add(time(() -> readHistory(o)));
        }
        print("b_noop_rerun_" + files + "_applied", oursNoop, flywayNoop, floorNoop);
    }

    private static void checkManyDatabases(Path directory, int databases, int files) throws Exception {
        List<TestDatabase> oursDbs = new ArrayList<>();
        List<TestDatabase> flywayDbs = new ArrayList<>();
        for (int i = 0; i < databases; i++) {
            oursDbs.add(EmbeddedDatabases.newPostgresDatabase());
            flywayDbs.add(EmbeddedDatabases.newPostgresDatabase());
        }
        List<MigrationFile> migrations = MigrationScanner.scan(directory).migrations();
        List<DatabaseTarget> targets = oursDbs.stream().map(MigrationBenchmark::target).toList();
        check(new ParallelMigrator(new Migrator(MigrationOptions.defaults()), 4, false)
                .migrate(targets, migrations, MigrationListener.NONE, ProgressListener.NONE));
        inParallel(4, flywayDbs, db -> {
            flyway(db, directory);
            return null;
        });
        for (int parallel : new int[] {1, 2, 4, 8}) {
            List<Long> ours = new ArrayList<>();
            List<Long> flyway = new ArrayList<>();
            List<Long> floor = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                ours.add(time(() -> check(new ParallelMigrator(new Migrator(MigrationOptions.defaults()), parallel,
                        false).migrate(targets, MigrationScanner.scan(directory).migrations(), MigrationListener.NONE,
                        ProgressListener.NONE))));
                flyway.add(time(() -> inParallel(parallel, flywayDbs, db -> {
                    flyway(db, directory);
                    return null;
                })));
                floor.add(time(() -> inParallel(parallel, oursDbs, db -> {
                    readHistory(db);
                    return null;
                })));
            }
            print("c_noop_check_" + databases + "x" + files + "_parallel_" + parallel, ours, flyway, floor);
        }
    }

    private static void ours(TestDatabase database, Path directory) {
        check(List.of(new Migrator(MigrationOptions.defaults()).migrate(target(database),
                MigrationScanner.scan(directory).migrations(), MigrationListener.NONE)));
    }

    private static void flyway(TestDatabase database, Path directory) {
        Flyway.configure().dataSource(database.url(), database.user(), database.password())
                .locations("filesystem:" + directory.toAbsolutePath()).load().migrate();
    }

    /** The floor of (a): the same statements over one connection, autocommit, no history. */
    private static void plainJdbc(TestDatabase database, List<String> statements) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** The floor of (b) and (c): connect and read the whole history table in one query. */
    private static void readHistory(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version, checksum, status FROM "
                        + MigrationOptions.DEFAULT_HISTORY_TABLE)) {
            while (rows.next()) {
                rows.getString(1);
            }
        }
    }

    private static DatabaseTarget target(TestDatabase database) {
        return DatabaseTarget.of(database.url(), database.user(), database.password());
    }

    private static void check(List<TargetResult> results) {
        for (TargetResult result : results) {
            if (result.failed()) {
                throw new IllegalStateException("Benchmark run failed: " + result);
            }
        }
    }

    /** Small migrations in Flyway's naming, which both tools read: a table and one row each. */
    static Path generate(Path directory, int files) throws IOException {
        Files.createDirectories(directory);
        for (int i = 1; i <= files; i++) {
            Files.writeString(directory.resolve("V" + i + "__create_table_" + i + ".sql"),
                    "CREATE TABLE t_" + i + " (id bigint PRIMARY KEY, name text NOT NULL);\n"
                            + "INSERT INTO t_" + i + " (id, name) VALUES (1, 'row " + i + "');\n");
        }
        return directory;
    }

    private static List<String> statements(Path directory) {
        StatementSplitter splitter = StatementSplitter.forEngine(SqlEngine.POSTGRESQL);
        List<String> statements = new ArrayList<>();
        for (MigrationFile file : MigrationScanner.scan(directory).migrations()) {
            splitter.split(file.content()).stream().map(SqlStatement::text).forEach(statements::add);
        }
        return statements;
    }

    private interface Task {
        void run() throws Exception;
    }

    private interface DatabaseTask {
        Void run(TestDatabase database) throws Exception;
    }

    private static void inParallel(int parallel, List<TestDatabase> databases, DatabaseTask task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (TestDatabase database : databases) {
                Callable<Void> call = () -> task.run(database);
                futures.add(pool.submit(call));
            }
            for (Future<Void> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static long time(Task task) throws Exception {
        long start = System.nanoTime();
        task.run();
        return System.nanoTime() - start;
    }

    private static void print(String name, List<Long> ours, List<Long> flyway, List<Long> floor) {
        double oursMs = median(ours) / 1e6;
        double flywayMs = median(flyway) / 1e6;
        double floorMs = median(floor) / 1e6;
        System.out.printf(Locale.ROOT, "%s: ours=%.1fms flyway=%.1fms floor=%.1fms ratio=%.2f%n", name, oursMs,
                flywayMs, floorMs, oursMs / flywayMs);
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
