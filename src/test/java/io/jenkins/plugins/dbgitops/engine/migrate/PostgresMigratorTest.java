package io.jenkins.plugins.dbgitops.engine.migrate;

import static io.jenkins.plugins.dbgitops.engine.migrate.MigrationFiles.queryLong;
import static io.jenkins.plugins.dbgitops.engine.migrate.MigrationFiles.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.jenkins.plugins.dbgitops.engine.migration.MigrationFile;
import io.jenkins.plugins.dbgitops.testing.EmbeddedDatabases;
import io.jenkins.plugins.dbgitops.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PostgreSQL specifics: statements that cannot run in a transaction, next to the session-level lock. */
class PostgresMigratorTest {
    @TempDir
    Path directory;

    private static Migrator migrator() {
        return new Migrator(MigrationOptions.defaults());
    }

    private static long indexCount(TestDatabase database, String index) {
        return queryLong(database, "SELECT COUNT(*) FROM pg_indexes WHERE indexname = '" + index + "'");
    }

    @Test
    void shouldRunCreateIndexConcurrentlyOutsideATransactionWhileTheLockIsHeld() {
        TestDatabase database = EmbeddedDatabases.newPostgresDatabase();
        List<MigrationFile> files = new MigrationFiles(directory)
                .write("V1__person.sql", "CREATE TABLE person (id INT PRIMARY KEY, name TEXT);\n"
                        + "INSERT INTO person SELECT g, 'p' || g FROM generate_series(1, 1000) g;\n")
                .write("V2__index.sql", "-- detected: no directive needed\n"
                        + "CREATE INDEX CONCURRENTLY person_name_idx ON person (name);\n")
                .scan();

        TargetPlan plan = migrator().plan(target(database), files);
        // a second run waits for the lock meanwhile: its polling must not hold up the index build either
        TargetResult[] results = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            CompletableFuture<TargetResult> first = CompletableFuture.supplyAsync(
                    () -> migrator().migrate(target(database), files, MigrationListener.NONE));
            CompletableFuture<TargetResult> second = CompletableFuture.supplyAsync(
                    () -> migrator().migrate(target(database), files, MigrationListener.NONE));
            return new TargetResult[] {first.join(), second.join()};
        });

        assertThat(plan.toApply()).extracting(PlannedMigration::transactional).containsExactly(true, false);
        assertThat(results).allSatisfy(result -> assertThat(result.failed()).as(result.error().orElse("")).isFalse());
        FileResult index = results[0].files().get(1).status() == FileStatus.APPLIED
                ? results[0].files().get(1) : results[1].files().get(1);
        assertThat(index.status()).isEqualTo(FileStatus.APPLIED);
        assertThat(index.transactional()).isFalse();
        assertThat(indexCount(database, "person_name_idx")).isEqualTo(1);
        assertThat(migrator().history(target(database))).extracting(AppliedMigration::status)
                .containsExactly(HistoryStatus.DONE, HistoryStatus.DONE);
    }

    @Test
    void shouldHonourTheNoTransactionDirective() {
        TestDatabase database = EmbeddedDatabases.newPostgresDatabase();
        List<MigrationFile> files = new MigrationFiles(directory)
                .write("V1__person.sql", "CREATE TABLE person (id INT PRIMARY KEY, name TEXT);")
                .write("V2__index.sql", "-- dbgitops:no-transaction\n"
                        + "DO $$ BEGIN RAISE NOTICE 'building'; END $$;\n"
                        + "CREATE INDEX CONCURRENTLY IF NOT EXISTS person_id_name_idx ON person (id, name);\n"
                        + "VACUUM person;\n")
                .scan();

        TargetResult result = migrator().migrate(target(database), files, MigrationListener.NONE);

        assertThat(files.get(1).noTransactionDirective()).isTrue();
        assertThat(result.outcome()).as(result.error().orElse("")).isEqualTo(TargetOutcome.SUCCESS);
        assertThat(result.files().get(1).transactional()).isFalse();
        assertThat(indexCount(database, "person_id_name_idx")).isEqualTo(1);
    }

    @Test
    void shouldRecordWhichStatementOfANonTransactionalFileFailed() {
        TestDatabase database = EmbeddedDatabases.newPostgresDatabase();
        List<MigrationFile> files = new MigrationFiles(directory)
                .write("V1__person.sql", "CREATE TABLE person (id INT PRIMARY KEY, name TEXT);")
                .write("V2__index.sql", "CREATE INDEX CONCURRENTLY person_name_idx ON person (name);\n"
                        + "CREATE INDEX CONCURRENTLY person_x_idx ON person (no_such_column);\n")
                .scan();

        TargetResult result = migrator().migrate(target(database), files, MigrationListener.NONE);

        assertThat(result.outcome()).isEqualTo(TargetOutcome.FAILED);
        AppliedMigration row = migrator().history(target(database)).get(1);
        assertThat(row.status()).isEqualTo(HistoryStatus.FAILED);
        assertThat(row.error()).hasValueSatisfying(error -> assertThat(error)
                .contains("statement 2 of 2 (line 2)", "no_such_column", "Statements 1 to 1 were applied"));
        assertThat(indexCount(database, "person_name_idx")).isEqualTo(1);
    }
}
