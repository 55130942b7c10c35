package io.jenkins.plugins.dbgitops.engine.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.migration.ChangeType;
import io.jenkins.plugins.dbgitops.engine.migration.Checksums;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationFile;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationVersion;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules of change detection, without a database. */
class HistoryAnalysisTest {
    private static final Instant NOW = Instant.parse("2025-01-15T09:00:00Z");

    private static MigrationFile file(String version, String content) {
        return new MigrationFile(Path.of("V" + version + "__x.sql"), "V" + version + "__x.sql",
                MigrationVersion.parse(version), "x", ChangeType.DDL, false, content, Checksums.ofScript(content));
    }

    private static AppliedMigration row(int rank, String version, HistoryStatus status, String content,
            Instant startedAt) {
        return new AppliedMigration(rank, MigrationVersion.parse(version), "x", "DDL", "V" + version + "__x.sql",
                Optional.ofNullable(content).map(Checksums::ofScript), status, Optional.empty(), Optional.empty(),
                "tester", startedAt, 1, Optional.empty());
    }

    private static HistoryAnalysis analyse(List<MigrationFile> files, List<AppliedMigration> rows, boolean underLock) {
        return HistoryAnalysis.of(files, rows, MigrationOptions.defaults(), NOW, underLock);
    }

    @Test
    void shouldTreatLineEndingsAsTheSameContent() {
        HistoryAnalysis analysis = analyse(List.of(file("1", "SELECT 1;\r\n")),
                List.of(row(1, "1", HistoryStatus.DONE, "SELECT 1;\n", NOW)), true);

        assertThat(analysis.versions()).extracting(VersionStatus::state).containsExactly(VersionState.APPLIED);
        assertThat(analysis.nothingToDo()).isTrue();
    }

    @Test
    void shouldRunARolledBackVersionAgain() {
        HistoryAnalysis analysis = analyse(List.of(file("1", "a"), file("2", "b")), List.of(
                row(1, "1", HistoryStatus.DONE, "a", NOW), row(2, "2", HistoryStatus.FAILED, "b", NOW),
                row(3, "2", HistoryStatus.ROLLED_BACK, "b", NOW)), true);

        assertThat(analysis.pending()).extracting(MigrationFile::script).containsExactly("V2__x.sql");
        assertThat(analysis.problems()).isEmpty();
    }

    @Test
    void shouldTellARecentPendingRowFromAStaleOne() {
        List<MigrationFile> files = List.of(file("1", "a"), file("2", "b"));
        List<AppliedMigration> rows = List.of(row(1, "1", HistoryStatus.PENDING, "a", NOW.minusSeconds(60)),
                row(2, "2", HistoryStatus.PENDING, "b", NOW.minus(Duration.ofHours(3))));

        HistoryAnalysis looking = analyse(files, rows, false);
        HistoryAnalysis locked = analyse(files, rows, true);

        assertThat(looking.versions()).extracting(VersionStatus::state)
                .containsExactly(VersionState.IN_PROGRESS, VersionState.STALE_PENDING);
        assertThat(looking.problems()).hasSize(1);
        assertThat(looking.warnings()).singleElement().asString().contains("is being applied");
        assertThat(looking.nothingToDo()).isFalse();
        assertThat(locked.problems()).hasSize(2);
    }

    @Test
    void shouldReportOutOfOrderAndDrift() {
        HistoryAnalysis analysis = analyse(List.of(file("1", "a"), file("2", "b"), file("3", "c")), List.of(
                row(1, "1", HistoryStatus.DONE, "a", NOW), row(2, "3", HistoryStatus.DONE, "c", NOW),
                row(3, "9", HistoryStatus.DONE, "z", NOW)), true);

        assertThat(analysis.pending()).extracting(MigrationFile::script).containsExactly("V2__x.sql");
        assertThat(analysis.isOutOfOrder(MigrationVersion.parse("2"))).isTrue();
        assertThat(analysis.appliedNotInFiles()).extracting(row -> row.version().toString()).containsExactly("9");
    }

    @Test
    void shouldSkipVersionsAtOrBelowTheBaseline() {
        HistoryAnalysis analysis = analyse(List.of(file("1", "a"), file("2", "b"), file("3", "c")),
                List.of(row(1, "2", HistoryStatus.BASELINE, null, NOW)), true);

        assertThat(analysis.versions()).extracting(VersionStatus::state)
                .containsExactly(VersionState.BELOW_BASELINE, VersionState.BELOW_BASELINE, VersionState.PENDING);
        assertThat(analysis.isOutOfOrder(MigrationVersion.parse("3"))).isFalse();
        assertThat(analysis.appliedNotInFiles()).isEmpty();
    }
}
