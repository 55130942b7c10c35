package io.jenkins.plugins.dbgitops.engine.migrate;

import static io.jenkins.plugins.dbgitops.engine.migrate.MigrationFiles.queryLong;
import static io.jenkins.plugins.dbgitops.engine.migrate.MigrationFiles.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationFile;
import io.jenkins.plugins.dbgitops.testing.EmbeddedDatabases;
import io.jenkins.plugins.dbgitops.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelMigratorTest {
    @TempDir
    Path directory;

    private List<MigrationFile> files() {
        return new MigrationFiles(directory)
                .write("V1__person.sql", "CREATE TABLE person (id INT PRIMARY KEY, name TEXT);")
                .write("V2__seed_dml.sql", "INSERT INTO person VALUES (1, 'Ada');")
                .scan();
    }

    @Test
    void shouldMigrateTwentyDatabasesInParallelAndReportInInputOrder() {
        List<TestDatabase> databases = IntStream.range(0, 20)
                .mapToObj(i -> EmbeddedDatabases.newPostgresDatabase()).toList();
        List<DatabaseTarget> targets = databases.stream().map(MigrationFiles::target).toList();
        List<String> progress = Collections.synchronizedList(new ArrayList<>());

        List<TargetResult> results = new ParallelMigrator(new Migrator(MigrationOptions.defaults()), 6, false)
                .migrate(targets, files(), MigrationListener.NONE,
                        (result, finished, total) -> progress.add(finished + "/" + total + " " + result.targetName()));

        assertThat(results).extracting(TargetResult::targetName)
                .containsExactlyElementsOf(targets.stream().map(DatabaseTarget::name).toList());
        assertThat(results).extracting(TargetResult::outcome).containsOnly(TargetOutcome.SUCCESS);
        assertThat(databases).allSatisfy(database ->
                assertThat(queryLong(database, "SELECT COUNT(*) FROM person")).isEqualTo(1));
        assertThat(progress).hasSize(20);
        assertThat(progress.get(19)).startsWith("20/20 ");
    }

    @Test
    void shouldFinishTheOthersWhenOneTargetIsUnreachableAndStopWithFailFast() {
        TestDatabase good = EmbeddedDatabases.newPostgresDatabase();
        TestDatabase later = EmbeddedDatabases.newPostgresDatabase();
        DatabaseTarget unreachable = DatabaseTarget.of("down", "jdbc:postgresql://127.0.0.1:1/none", "u", "s3cret-pw");
        List<DatabaseTarget> targets = List.of(unreachable, target(good), target(later));
        Migrator migrator = new Migrator(MigrationOptions.defaults());

        List<TargetResult> all = new ParallelMigrator(migrator, 1, false)
                .migrate(targets, files(), MigrationListener.NONE, ProgressListener.NONE);
        TestDatabase fresh = EmbeddedDatabases.newPostgresDatabase();
        List<TargetResult> failFast = new ParallelMigrator(migrator, 1, true)
                .migrate(List.of(unreachable, target(fresh)), files(), MigrationListener.NONE, ProgressListener.NONE);

        assertThat(all).extracting(TargetResult::outcome)
                .containsExactly(TargetOutcome.INPUT_ERROR, TargetOutcome.SUCCESS, TargetOutcome.SUCCESS);
        assertThat(all.get(0).error()).hasValueSatisfying(error -> assertThat(error)
                .contains("Cannot reach target 'down'").doesNotContain("s3cret-pw"));
        assertThat(failFast).extracting(TargetResult::outcome)
                .containsExactly(TargetOutcome.INPUT_ERROR, TargetOutcome.CANCELLED);
        assertThat(MigrationFiles.tableExists(fresh, "person")).isFalse();
    }

    @Test
    void shouldAskForTheFilesAfterConnectingAndThrowTheirErrorReportingNothing() {
        TestDatabase database = EmbeddedDatabases.newPostgresDatabase();
        List<DatabaseTarget> targets = List.of(target(database), target(EmbeddedDatabases.newPostgresDatabase()));
        UserInputException unreadable = new UserInputException("Migration V3__x.sql is not valid UTF-8.");
        List<String> reported = Collections.synchronizedList(new ArrayList<>());
        MigrationListener listener = new MigrationListener() {
            @Override
            public void targetFinished(TargetResult result) {
                reported.add(result.targetName());
            }
        };

        List<TargetResult> applied = new ParallelMigrator(new Migrator(MigrationOptions.defaults()), 2, false)
                .migrate(targets, this::files, listener, (result, finished, total) -> reported.add("progress"));
        reported.clear();
        Throwable thrown = catchThrowable(() -> new ParallelMigrator(new Migrator(MigrationOptions.defaults()), 2,
                false).migrate(targets, () -> {
                    throw unreadable;
                }, listener, (result, finished, total) -> reported.add("progress")));

        assertThat(applied).extracting(TargetResult::outcome).containsOnly(TargetOutcome.SUCCESS);
        assertThat(thrown).isSameAs(unreadable);
        assertThat(reported).isEmpty();
        assertThat(queryLong(database, "SELECT COUNT(*) FROM person")).isEqualTo(1);
    }
}
