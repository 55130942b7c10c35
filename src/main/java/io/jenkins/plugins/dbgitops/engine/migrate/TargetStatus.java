package io.jenkins.plugins.dbgitops.engine.migrate;

import java.util.List;
import java.util.Optional;

/**
 * What {@code status} found on one target.
 *
 * @param targetName        the target's name
 * @param redactedUrl       the URL without credentials
 * @param historyExists     whether the history table exists yet
 * @param versions          one entry per migration file, in version order
 * @param appliedNotInFiles versions applied on the target that no given file has (drift), by their latest row
 * @param baseline          the baseline version, if the target was baselined
 */
public record TargetStatus(String targetName, String redactedUrl, boolean historyExists, List<VersionStatus> versions,
        List<AppliedMigration> appliedNotInFiles, Optional<AppliedMigration> baseline) {

    public TargetStatus {
        versions = List.copyOf(versions);
        appliedNotInFiles = List.copyOf(appliedNotInFiles);
    }

    public long count(VersionState state) {
        return versions.stream().filter(version -> version.state() == state).count();
    }

    /** Whether the target is blocked by a failed or stale row (resolve first). */
    public boolean blocked() {
        return versions.stream().anyMatch(v -> v.state() == VersionState.FAILED
                || v.state() == VersionState.STALE_PENDING);
    }
}
