package io.jenkins.plugins.dbgitops.engine.migrate;

import static io.jenkins.plugins.dbgitops.engine.migrate.MigrationFiles.queryLong;
import static io.jenkins.plugins.dbgitops.engine.migrate.MigrationFiles.tableExists;
import static io.jenkins.plugins.dbgitops.engine.migrate.MigrationFiles.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.database.Dialect;
import io.jenkins.plugins.dbgitops.engine.database.UtcTime;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationFile;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationVersion;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.testing.EmbeddedDatabases;
import io.jenkins.plugins.dbgitops.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The common behaviour of migrations, on every engine. */
class MigratorTest {

    @TempDir
    Path directory;

    private MigrationFiles threeFiles() {
        return new MigrationFiles(directory)
                .write("V1__create_person.sql", "CREATE TABLE person (id INT PRIMARY KEY, name VARCHAR(100));\n")
                .write("V2__add_email.sql", "-- a comment first\nALTER TABLE person ADD email VARCHAR(200);\n")
                .write("V3__seed_dml.sql", "INSERT INTO person (id, name) VALUES (1, 'Ada');\n"
                        + "INSERT INTO person (id, name) VALUES (2, 'Grace');\n");
    }

    private static Migrator migrator() {
        return new Migrator(MigrationOptions.defaults().withAppliedBy("tester"));
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"POSTGRESQL", "MARIADB", "H2", "SQLITE"})
    void shouldApplyEveryFileAndRecordItInTheHistory(SqlEngine engine) {
        TestDatabase database = EmbeddedDatabases.create(engine);
        List<MigrationFile> files = threeFiles().scan();

        TargetResult result = migrator().migrate(target(database), files, MigrationListener.NONE);

        assertThat(result.outcome()).as(result.error().orElse("")).isEqualTo(TargetOutcome.SUCCESS);
        assertThat(result.files()).extracting(FileResult::status).containsOnly(FileStatus.APPLIED);
        assertThat(queryLong(database, "SELECT COUNT(*) FROM person")).isEqualTo(2);
        List<AppliedMigration> history = migrator().history(target(database));
        assertThat(history).extracting(row -> row.version().toString()).containsExactly("1", "2", "3");
        assertThat(history).extracting(AppliedMigration::status).containsOnly(HistoryStatus.DONE);
        assertThat(history.get(2).type()).isEqualTo("DML");
        assertThat(history.get(0).checksum()).contains(files.get(0).checksum());
        assertThat(history.get(0).appliedBy()).isEqualTo("tester");
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"POSTGRESQL", "MARIADB", "H2", "SQLITE"})
    void shouldSkipEverythingOnASecondRun(SqlEngine engine) {
        TestDatabase database = EmbeddedDatabases.create(engine);
        List<MigrationFile> files = threeFiles().scan();
        migrator().migrate(target(database), files, MigrationListener.NONE);

        TargetResult again = migrator().migrate(target(database), files, MigrationListener.NONE);

        assertThat(again.outcome()).isEqualTo(TargetOutcome.NOTHING_TO_DO);
        assertThat(again.files()).extracting(FileResult::status).containsOnly(FileStatus.SKIPPED);
        assertThat(migrator().history(target(database))).hasSize(3);
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"POSTGRESQL", "MARIADB", "H2", "SQLITE"})
    void shouldStopWhenAnAppliedFileChanged(SqlEngine engine) {
        TestDatabase database = EmbeddedDatabases.create(engine);
        MigrationFiles files = threeFiles();
        migrator().migrate(target(database), files.scan(), MigrationListener.NONE);
        files.write("V2__add_email.sql", "ALTER TABLE person ADD email VARCHAR(250);\n")
                .write("V4__more.sql", "CREATE TABLE more_things (id INT PRIMARY KEY);\n");
        List<MigrationFile> changed = files.scan();

        TargetResult result = migrator().migrate(target(database), changed, MigrationListener.NONE);

        String expected = RolloutMessages.checksumMismatch(changed.get(1),
                migrator().history(target(database)).get(1));
        assertThat(result.outcome()).isEqualTo(TargetOutcome.FAILED);
        assertThat(result.error()).contains(expected);
        assertThat(result.files()).extracting(FileResult::status)
                .containsExactly(FileStatus.SKIPPED, FileStatus.MODIFIED, FileStatus.SKIPPED, FileStatus.NOT_RUN);
        assertThat(expected).contains("V2__add_email.sql", changed.get(1).checksum(), "--allow-checksum-mismatch");
        assertThat(tableExists(database, "more_things")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"POSTGRESQL", "MARIADB", "H2", "SQLITE"})
    void shouldOnlyWarnAboutAChangedFileWhenAsked(SqlEngine engine) {
        TestDatabase database = EmbeddedDatabases.create(engine);
        MigrationFiles files = threeFiles();
        migrator().migrate(target(database), files.scan(), MigrationListener.NONE);
        files.write("V2__add_email.sql", "ALTER TABLE person ADD email VARCHAR(250);\n")
                .write("V4__more.sql", "CREATE TABLE more_things (id INT PRIMARY KEY);\n");
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        MigrationListener listener = new MigrationListener() {
            @Override
            public void warning(DatabaseTarget target, String message) {
                warnings.add(message);
            }
        };

        TargetResult result = new Migrator(MigrationOptions.defaults()
                .withChecksumMismatch(ChecksumMismatchPolicy.WARN)).migrate(target(database), files.scan(), listener);

        assertThat(result.outcome()).isEqualTo(TargetOutcome.SUCCESS);
        assertThat(result.files()).extracting(FileResult::status)
                .containsExactly(FileStatus.SKIPPED, FileStatus.MODIFIED, FileStatus.SKIPPED, FileStatus.APPLIED);
        assertThat(result.warnings()).singleElement().asString().contains("V2__add_email.sql");
        assertThat(warnings).isEqualTo(result.warnings());
        assertThat(tableExists(database, "more_things")).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"POSTGRESQL", "MARIADB", "H2", "SQLITE"})
    void shouldApplyALowerVersionAddedLaterAndReportItOutOfOrder(SqlEngine engine) {
        TestDatabase database = EmbeddedDatabases.create(engine);
        MigrationFiles files = new MigrationFiles(directory)
                .write("V1__a.sql", "CREATE TABLE a (id INT PRIMARY KEY);")
                .write("V3__c.sql", "CREATE TABLE c (id INT PRIMARY KEY);");
        migrator().migrate(target(database), files.scan(), MigrationListener.NONE);
        files.write("V2__b.sql", "CREATE TABLE b (id INT PRIMARY KEY);");

        TargetStatus before = migrator().status(target(database), files.scan());
        TargetResult result = migrator().migrate(target(database), files.scan(), MigrationListener.NONE);

        assertThat(before.versions()).extracting(VersionStatus::state)
                .containsExactly(VersionState.APPLIED, VersionState.PENDING, VersionState.APPLIED);
        assertThat(before.versions().get(1).outOfOrder()).isTrue();
        assertThat(result.outcome()).isEqualTo(TargetOutcome.SUCCESS);
        assertThat(result.files().get(1).status()).isEqualTo(FileStatus.APPLIED);
        assertThat(result.files().get(1).outOfOrder()).isTrue();
        assertThat(tableExists(database, "b")).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"POSTGRESQL", "MARIADB", "H2", "SQLITE"})
    void shouldReportTheFailingStatementAndBlockUntilResolved(SqlEngine engine) {
        TestDatabase database = EmbeddedDatabases.create(engine);
        MigrationFiles files = new MigrationFiles(directory)
                .write("V1__a.sql", "CREATE TABLE a (id INT PRIMARY KEY);")
                .write("V2__broken.sql",
                        "CREATE TABLE b (id INT PRIMARY KEY);\n\nINSERT INTO no_such_table VALUES (1);\n")
                .write("V3__c.sql", "CREATE TABLE c (id INT PRIMARY KEY);");

        TargetResult failed = migrator().migrate(target(database), files.scan(), MigrationListener.NONE);

        assertThat(failed.outcome()).isEqualTo(TargetOutcome.FAILED);
        assertThat(failed.files()).extracting(FileResult::status)
                .containsExactly(FileStatus.APPLIED, FileStatus.FAILED, FileStatus.NOT_RUN);
        String error = failed.files().get(1).error().orElseThrow();
        assertThat(error).contains("V2__broken.sql", "statement 2 of 2", "line 3")
                .containsIgnoringCase("no_such_table");
        if (engine == SqlEngine.POSTGRESQL || engine == SqlEngine.SQLITE) {
            // transactional DDL: the file leaves no trace but its FAILED row
            assertThat(tableExists(database, "b")).isFalse();
            assertThat(error).contains("The file was rolled back.");
        } else {
            // DDL commits at once: the row says what was applied before the failing statement
            assertThat(tableExists(database, "b")).isTrue();
            assertThat(error).contains("Statements 1 to 1 were applied and committed before it");
        }
        AppliedMigration row = migrator().history(target(database)).get(1);
        assertThat(row.status()).isEqualTo(HistoryStatus.FAILED);
        assertThat(row.error()).contains(error);

        TargetResult blocked = migrator().migrate(target(database), files.scan(), MigrationListener.NONE);
        assertThat(blocked.outcome()).isEqualTo(TargetOutcome.FAILED);
        assertThat(blocked.error()).contains(RolloutMessages.failedRow(row));
        assertThat(tableExists(database, "c")).isFalse();

        // Given the operator undoes the partial work (where the engine kept it) and fixes the file
        if (tableExists(database, "b")) {
            execute(database, "DROP TABLE b");
        }
        files.write("V2__broken.sql", "CREATE TABLE b (id INT PRIMARY KEY);\n");
        migrator().resolve(target(database), MigrationVersion.parse("2"), Resolution.ROLLED_BACK, "ops", "dropped b");

        TargetResult retried = migrator().migrate(target(database), files.scan(), MigrationListener.NONE);
        assertThat(retried.outcome()).as(retried.error().orElse("")).isEqualTo(TargetOutcome.SUCCESS);
        assertThat(retried.files()).extracting(FileResult::status)
                .containsExactly(FileStatus.SKIPPED, FileStatus.APPLIED, FileStatus.APPLIED);
        assertThat(migrator().history(target(database))).extracting(AppliedMigration::status)
                .containsExactly(HistoryStatus.DONE, HistoryStatus.FAILED, HistoryStatus.ROLLED_BACK,
                        HistoryStatus.DONE, HistoryStatus.DONE);
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"POSTGRESQL", "H2"})
    void shouldCountAFailedVersionAsAppliedWhenResolvedSo(SqlEngine engine) {
        TestDatabase database = EmbeddedDatabases.create(engine);
        MigrationFiles files = new MigrationFiles(directory)
                .write("V1__broken.sql", "CREATE TABLE a (id INT PRIMARY KEY);\nINSERT INTO nope VALUES (1);");
        migrator().migrate(target(database), files.scan(), MigrationListener.NONE);

        AppliedMigration resolution = migrator().resolve(target(database), MigrationVersion.parse("1"),
                Resolution.APPLIED, "ops", "finished by hand");
        TargetStatus status = migrator().status(target(database), files.scan());

        assertThat(resolution.status()).isEqualTo(HistoryStatus.APPLIED_MANUALLY);
        assertThat(resolution.error()).hasValueSatisfying(note -> assertThat(note).contains("finished by hand"));
        assertThat(status.versions()).extracting(VersionStatus::state).containsExactly(VersionState.APPLIED);
        assertThat(migrator().migrate(target(database), files.scan(), MigrationListener.NONE).outcome())
                .isEqualTo(TargetOutcome.NOTHING_TO_DO);
        assertThatThrownBy(() -> migrator().resolve(target(database), MigrationVersion.parse("1"),
                Resolution.APPLIED, "ops", null)).isInstanceOf(UserInputException.class)
                .hasMessageContaining("nothing to resolve");
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"POSTGRESQL", "MARIADB", "H2", "SQLITE"})
    void shouldSkipVersionsUpToTheBaseline(SqlEngine engine) {
        TestDatabase database = EmbeddedDatabases.create(engine);
        execute(database, "CREATE TABLE a (id INT PRIMARY KEY)");
        MigrationFiles files = new MigrationFiles(directory)
                .write("V1__a.sql", "CREATE TABLE a (id INT PRIMARY KEY);")
                .write("V2__b.sql", "CREATE TABLE b (id INT PRIMARY KEY);");

        migrator().baseline(target(database), MigrationVersion.parse("1"), "ops");
        TargetResult result = migrator().migrate(target(database), files.scan(), MigrationListener.NONE);

        assertThat(result.outcome()).as(result.error().orElse("")).isEqualTo(TargetOutcome.SUCCESS);
        assertThat(result.files()).extracting(FileResult::status)
                .containsExactly(FileStatus.SKIPPED, FileStatus.APPLIED);
        assertThat(migrator().status(target(database), files.scan()).versions()).extracting(VersionStatus::state)
                .containsExactly(VersionState.BELOW_BASELINE, VersionState.APPLIED);
        assertThatThrownBy(() -> migrator().baseline(target(database), MigrationVersion.parse("5"), "ops"))
                .isInstanceOf(UserInputException.class).hasMessageContaining("already has migration history");
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"POSTGRESQL", "MARIADB", "H2", "SQLITE"})
    void shouldPlanWithoutCreatingAnything(SqlEngine engine) {
        TestDatabase database = EmbeddedDatabases.create(engine);
        List<MigrationFile> files = threeFiles().scan();

        TargetPlan plan = migrator().plan(target(database), files);

        assertThat(plan.historyExists()).isFalse();
        assertThat(plan.toApply()).extracting(planned -> planned.version().toString()).containsExactly("1", "2", "3");
        assertThat(tableExists(database, MigrationOptions.DEFAULT_HISTORY_TABLE)).isFalse();
        assertThat(tableExists(database, "person")).isFalse();
        assertThat(tableExists(database, "dbgitops_lock")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"POSTGRESQL", "MARIADB", "H2", "SQLITE"})
    void shouldReportVersionsAppliedWithoutAFile(SqlEngine engine) {
        TestDatabase database = EmbeddedDatabases.create(engine);
        List<MigrationFile> files = threeFiles().scan();
        migrator().migrate(target(database), files, MigrationListener.NONE);

        TargetStatus status = migrator().status(target(database), files.subList(0, 2));

        assertThat(status.historyExists()).isTrue();
        assertThat(status.versions()).extracting(VersionStatus::state).containsOnly(VersionState.APPLIED);
        assertThat(status.appliedNotInFiles()).extracting(row -> row.script()).containsExactly("V3__seed_dml.sql");
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"POSTGRESQL", "MARIADB", "H2", "SQLITE"})
    void shouldApplyEachFileOnceWhenTwoRunsStartTogether(SqlEngine engine) throws Exception {
        TestDatabase database = EmbeddedDatabases.create(engine);
        MigrationFiles writer = new MigrationFiles(directory);
        for (int i = 1; i <= 10; i++) {
            writer.write("V" + i + "__t" + i + ".sql", "CREATE TABLE t" + i + " (id INT PRIMARY KEY);\n"
                    + "INSERT INTO t" + i + " VALUES (" + i + ");\n");
        }
        List<MigrationFile> files = writer.scan();
        CountDownLatch start = new CountDownLatch(1);
        Callable<TargetResult> run = () -> {
            start.await();
            return migrator().migrate(target(database), files, MigrationListener.NONE);
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<TargetResult> first = pool.submit(run);
            Future<TargetResult> second = pool.submit(run);
            start.countDown();

            List<TargetResult> results = List.of(first.get(), second.get());

            assertThat(results).allSatisfy(result -> assertThat(result.failed()).as(result.error().orElse(""))
                    .isFalse());
            long applied = results.stream().mapToLong(result -> result.count(FileStatus.APPLIED)).sum();
            assertThat(applied).isEqualTo(10);
            assertThat(migrator().history(target(database))).hasSize(10)
                    .extracting(AppliedMigration::status).containsOnly(HistoryStatus.DONE);
            assertThat(queryLong(database, "SELECT COUNT(*) FROM t10")).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"POSTGRESQL", "MARIADB", "H2", "SQLITE"})
    void shouldBlockOnAPendingRowLeftByACrashedRunUntilResolved(SqlEngine engine) throws Exception {
        TestDatabase database = EmbeddedDatabases.create(engine);
        MigrationFiles files = new MigrationFiles(directory)
                .write("V1__a.sql", "CREATE TABLE a (id INT PRIMARY KEY);")
                .write("V2__b.sql", "CREATE TABLE b (id INT PRIMARY KEY);");
        migrator().migrate(target(database), files.scan().subList(0, 1), MigrationListener.NONE);
        // Given a run that wrote its PENDING row for version 2 two hours ago, created b, and died
        execute(database, "CREATE TABLE b (id INT PRIMARY KEY)");
        String table = Dialect.forEngine(engine).qualify(Optional.empty(), MigrationOptions.DEFAULT_HISTORY_TABLE);
        try (Connection connection = database.connect(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + table + " (installed_rank, version, description, type, script, checksum, status,"
                        + " applied_by, started_at, duration_ms) VALUES (2, '2', 'b', 'DDL', 'V2__b.sql', ?,"
                        + " 'PENDING', 'crashed-job', ?, 0)")) {
            insert.setString(1, files.scan().get(1).checksum());
            UtcTime.set(insert, 2, Instant.now().minus(Duration.ofHours(2)));
            insert.executeUpdate();
        }

        TargetStatus status = migrator().status(target(database), files.scan());
        TargetResult blocked = migrator().migrate(target(database), files.scan(), MigrationListener.NONE);
        migrator().resolve(target(database), MigrationVersion.parse("2"), Resolution.APPLIED, "ops", "b exists");
        TargetResult after = migrator().migrate(target(database), files.scan(), MigrationListener.NONE);

        assertThat(status.versions().get(1).state()).isEqualTo(VersionState.STALE_PENDING);
        assertThat(status.blocked()).isTrue();
        assertThat(blocked.outcome()).isEqualTo(TargetOutcome.FAILED);
        assertThat(blocked.error()).hasValueSatisfying(error -> assertThat(error)
                .contains("Version 2 (V2__b.sql) was started at", "crashed-job", "never finished", "resolve"));
        assertThat(after.outcome()).as(after.error().orElse("")).isEqualTo(TargetOutcome.NOTHING_TO_DO);
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"POSTGRESQL", "H2"})
    void shouldKeepTheHistoryInTheConfiguredSchemaAndTable(SqlEngine engine) {
        TestDatabase database = EmbeddedDatabases.create(engine);
        Migrator custom = new Migrator(MigrationOptions.defaults().withSchema("ops").withHistoryTable("schema_log"));
        List<MigrationFile> files = threeFiles().scan();

        TargetResult result = custom.migrate(target(database), files, MigrationListener.NONE);

        assertThat(result.outcome()).as(result.error().orElse("")).isEqualTo(TargetOutcome.SUCCESS);
        assertThat(queryLong(database, "SELECT COUNT(*) FROM \"ops\".\"schema_log\"")).isEqualTo(3);
        assertThat(tableExists(database, MigrationOptions.DEFAULT_HISTORY_TABLE)).isFalse();
        assertThat(custom.history(target(database))).hasSize(3);
        assertThat(migrator().history(target(database))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"H2"})
    void shouldTellTheListenerAboutEachFileAndTheEnd(SqlEngine engine) {
        TestDatabase database = EmbeddedDatabases.create(engine);
        List<String> events = new ArrayList<>();
        MigrationListener listener = new MigrationListener() {
            @Override
            public void fileStarted(DatabaseTarget target, MigrationFile file) {
                events.add("start " + file.script());
            }

            @Override
            public void fileFinished(DatabaseTarget target, FileResult result) {
                events.add(result.status() + " " + result.script());
            }

            @Override
            public void targetFinished(TargetResult result) {
                events.add("end " + result.outcome());
            }
        };

        migrator().migrate(target(database), threeFiles().scan(), listener);
        migrator().migrate(target(database), threeFiles().scan(), listener);

        assertThat(events).containsExactly("start V1__create_person.sql", "APPLIED V1__create_person.sql",
                "start V2__add_email.sql", "APPLIED V2__add_email.sql", "start V3__seed_dml.sql",
                "APPLIED V3__seed_dml.sql", "end SUCCESS", "end NOTHING_TO_DO");
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"POSTGRESQL", "SQLITE"})
    void shouldOnlyReportWhatADryRunWouldApply(SqlEngine engine) {
        TestDatabase database = EmbeddedDatabases.create(engine);

        TargetResult result = new Migrator(MigrationOptions.defaults().withDryRun(true))
                .migrate(target(database), threeFiles().scan(), MigrationListener.NONE);

        assertThat(result.outcome()).isEqualTo(TargetOutcome.SUCCESS);
        assertThat(result.files()).extracting(FileResult::status).containsOnly(FileStatus.WOULD_APPLY);
        assertThat(tableExists(database, "person")).isFalse();
        assertThat(tableExists(database, MigrationOptions.DEFAULT_HISTORY_TABLE)).isFalse();
    }

    static void execute(TestDatabase database, String sql) {
        try (var connection = database.connect(); var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
