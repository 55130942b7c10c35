package io.jenkins.plugins.dbgitops.engine.migrate;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationFile;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares migration files with a target's history (the latest row of each version decides): which are applied,
 * pending, changed, failed; what blocks the target. Pure logic, shared by plan, status and migrate.
 */
final class HistoryAnalysis {
    private final List<VersionStatus> versions = new ArrayList<>();
    private final List<MigrationFile> pending = new ArrayList<>();
    private final Set<MigrationVersion> outOfOrder = new HashSet<>();
    private final List<AppliedMigration> appliedNotInFiles = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private Optional<AppliedMigration> baseline = Optional.empty();
    private boolean unfinishedRows;

    /**
     * @param underLock whether the caller holds the lock: then every {@code PENDING} row was left by an interrupted
     *                  run (a running one would hold the lock), and blocks; otherwise only stale ones block
     */
    static HistoryAnalysis of(List<MigrationFile> files, List<AppliedMigration> rows, MigrationOptions options,
            Instant now, boolean underLock) {
        HistoryAnalysis analysis = new HistoryAnalysis();
        analysis.analyse(sorted(files), rows, options, now, underLock);
        return analysis;
    }

    /** The files in version order; two files with one version are refused. */
    static List<MigrationFile> sorted(List<MigrationFile> files) {
        List<MigrationFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(MigrationFile::version));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).version().equals(sorted.get(i - 1).version())) {
                throw new UserInputException("Duplicate migration version " + sorted.get(i).version() + ": "
                        + sorted.get(i - 1).script() + " and " + sorted.get(i).script()
                        + " both use it. Give one of them a new version.");
            }
        }
        return sorted;
    }

    private void analyse(List<MigrationFile> files, List<AppliedMigration> rows, MigrationOptions options,
            Instant now, boolean underLock) {
        Map<MigrationVersion, AppliedMigration> latest = new LinkedHashMap<>();
        for (AppliedMigration row : rows) {
            latest.put(row.version(), row);
        }
        baseline = latest.values().stream().filter(row -> row.status() == HistoryStatus.BASELINE)
                .max(Comparator.comparing(AppliedMigration::version));
        Optional<MigrationVersion> highestApplied = latest.values().stream()
                .filter(row -> row.status().countsAsApplied()).map(AppliedMigration::version)
                .max(Comparator.naturalOrder());
        Instant staleBefore = now.minus(options.stalePendingAfter());
        Set<MigrationVersion> fileVersions = new HashSet<>();
        for (MigrationFile file : files) {
            fileVersions.add(file.version());
            AppliedMigration row = latest.get(file.version());
            VersionState state = stateOf(file, row, staleBefore);
            boolean late = state == VersionState.PENDING && highestApplied.isPresent()
                    && file.version().compareTo(highestApplied.get()) < 0;
            if (state == VersionState.PENDING) {
                pending.add(file);
                if (late) {
                    outOfOrder.add(file.version());
                }
            } else if (state == VersionState.MODIFIED) {
                String message = RolloutMessages.checksumMismatch(file, row);
                if (options.checksumMismatch() == ChecksumMismatchPolicy.ERROR) {
                    problems.add(message);
                } else {
                    warnings.add(message);
                }
            }
            versions.add(new VersionStatus(file.version(), file.script(), file.description(), state, late,
                    file.checksum(), row == null ? Optional.empty() : row.checksum(), Optional.ofNullable(row)));
        }
        for (AppliedMigration row : latest.values()) {
            if (row.status() == HistoryStatus.FAILED) {
                problems.add(RolloutMessages.failedRow(row));
            } else if (row.status() == HistoryStatus.PENDING) {
                unfinishedRows = true;
                boolean stale = row.startedAt().isBefore(staleBefore);
                if (stale || underLock) {
                    problems.add(RolloutMessages.pendingRow(row, stale));
                } else {
                    warnings.add(RolloutMessages.inProgress(row));
                }
            }
            if (!fileVersions.contains(row.version()) && row.status() != HistoryStatus.BASELINE
                    && row.status() != HistoryStatus.ROLLED_BACK) {
                appliedNotInFiles.add(row);
            }
        }
    }

    private VersionState stateOf(MigrationFile file, AppliedMigration row, Instant staleBefore) {
        if (row == null || row.status() == HistoryStatus.ROLLED_BACK) {
            boolean belowBaseline = baseline.isPresent() && file.version().compareTo(baseline.get().version()) <= 0;
            return belowBaseline ? VersionState.BELOW_BASELINE : VersionState.PENDING;
        }
        switch (row.status()) {
            case FAILED:
                return VersionState.FAILED;
            case PENDING:
                return row.startedAt().isBefore(staleBefore) ? VersionState.STALE_PENDING : VersionState.IN_PROGRESS;
            case BASELINE:
                return VersionState.BELOW_BASELINE;
            default:
                return row.checksum().isPresent() && !row.checksum().get().equals(file.checksum())
                        ? VersionState.MODIFIED : VersionState.APPLIED;
        }
    }

    List<VersionStatus> versions() {
        return versions;
    }

    /** The files to run, in version order. */
    List<MigrationFile> pending() {
        return pending;
    }

    boolean isOutOfOrder(MigrationVersion version) {
        return outOfOrder.contains(version);
    }

    List<AppliedMigration> appliedNotInFiles() {
        return appliedNotInFiles;
    }

    Optional<AppliedMigration> baseline() {
        return baseline;
    }

    /** What stops the target: changed files (unless the policy warns), failed or interrupted rows. */
    List<String> problems() {
        return problems;
    }

    List<String> warnings() {
        return warnings;
    }

    /** Nothing to run and nothing in the way; a run in progress elsewhere is not "nothing": wait for its lock. */
    boolean nothingToDo() {
        return pending.isEmpty() && problems.isEmpty() && !unfinishedRows;
    }
}
