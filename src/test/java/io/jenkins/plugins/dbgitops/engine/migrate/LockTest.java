package io.jenkins.plugins.dbgitops.engine.migrate;

import static io.jenkins.plugins.dbgitops.engine.migrate.MigrationFiles.target;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.database.Connections;
import io.jenkins.plugins.dbgitops.engine.database.DatabaseLock;
import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.database.Dialect;
import io.jenkins.plugins.dbgitops.engine.database.LockRequest;
import io.jenkins.plugins.dbgitops.engine.database.UtcTime;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationFile;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.testing.EmbeddedDatabases;
import io.jenkins.plugins.dbgitops.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One run per database: a bounded wait, the holder named, stale lock rows taken over. */
class LockTest {
    @TempDir
    Path directory;

    private List<MigrationFile> oneFile() {
        return new MigrationFiles(directory).write("V1__a.sql", "CREATE TABLE a (id INT PRIMARY KEY);").scan();
    }

    private static LockRequest request(String holder) {
        return new LockRequest(Optional.empty(), MigrationOptions.DEFAULT_HISTORY_TABLE, holder, Duration.ZERO,
                MigrationOptions.DEFAULT_STALE_PENDING_AFTER);
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"POSTGRESQL", "MARIADB", "H2", "SQLITE"})
    void shouldGiveUpAfterTheWaitAndNameTheHolder(SqlEngine engine) throws Exception {
        TestDatabase database = EmbeddedDatabases.create(engine);
        DatabaseTarget target = target(database);
        Migrator impatient = new Migrator(MigrationOptions.defaults().withLockWait(Duration.ofMillis(300)));

        TargetResult result;
        try (Connection connection = Connections.open(target)) {
            DatabaseLock held = Dialect.forEngine(engine).lock(connection, () -> Connections.open(target),
                    request("release-bot"));
            try {
                result = impatient.migrate(target, oneFile(), MigrationListener.NONE);
            } finally {
                held.close();
            }
        }
        TargetResult afterRelease = impatient.migrate(target, oneFile(), MigrationListener.NONE);

        assertThat(result.outcome()).isEqualTo(TargetOutcome.FAILED);
        assertThat(result.error()).hasValueSatisfying(error -> assertThat(error)
                .contains("Another migration run holds the lock", target.redactedUrl()));
        if (engine != SqlEngine.MARIADB) {
            // MySQL's processlist knows the connection, not the application
            assertThat(result.error().orElseThrow()).contains("release-bot");
        }
        assertThat(afterRelease.outcome()).as(afterRelease.error().orElse("")).isEqualTo(TargetOutcome.SUCCESS);
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"H2", "SQLITE"})
    void shouldTakeOverALockRowLeftByACrashedRun(SqlEngine engine) throws Exception {
        TestDatabase database = EmbeddedDatabases.create(engine);
        DatabaseTarget target = target(database);
        try (Connection connection = Connections.open(target)) {
            // Given a run that took the lock two hours ago and died
            Dialect.forEngine(engine).lock(connection, () -> Connections.open(target), request("crashed"));
            try (PreparedStatement age = connection.prepareStatement(
                    "UPDATE \"dbgitops_lock\" SET acquired_at = ?")) {
                UtcTime.set(age, 1, Instant.now().minus(Duration.ofHours(2)));
                age.executeUpdate();
            }
        }

        TargetResult result = new Migrator(MigrationOptions.defaults().withLockWait(Duration.ofSeconds(2)))
                .migrate(target, oneFile(), MigrationListener.NONE);

        assertThat(result.outcome()).as(result.error().orElse("")).isEqualTo(TargetOutcome.SUCCESS);
        assertThat(MigrationFiles.queryLong(database, "SELECT COUNT(*) FROM \"dbgitops_lock\"")).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"POSTGRESQL", "MARIADB", "H2", "SQLITE"})
    void shouldNotNeedTheLockWhenEverythingIsApplied(SqlEngine engine) throws Exception {
        TestDatabase database = EmbeddedDatabases.create(engine);
        DatabaseTarget target = target(database);
        Migrator impatient = new Migrator(MigrationOptions.defaults().withLockWait(Duration.ZERO));
        impatient.migrate(target, oneFile(), MigrationListener.NONE);

        TargetResult result;
        try (Connection connection = Connections.open(target)) {
            DatabaseLock held = Dialect.forEngine(engine).lock(connection, () -> Connections.open(target),
                    request("someone-else"));
            try {
                result = impatient.migrate(target, oneFile(), MigrationListener.NONE);
            } finally {
                held.close();
            }
        }

        assertThat(result.outcome()).as(result.error().orElse("")).isEqualTo(TargetOutcome.NOTHING_TO_DO);
    }
}
