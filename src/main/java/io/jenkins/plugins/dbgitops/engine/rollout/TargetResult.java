package io.jenkins.plugins.dbgitops.engine.rollout;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a migration run on one target.
 *
 * @param targetName  the target's name
 * @param redactedUrl the target's URL without credentials
 * @param outcome     the overall outcome
 * @param files       one result per migration file given, in version order
 * @param warnings    warnings such as files changed after they were applied (when the policy says warn)
 * @param startedAt   when the run on this target started
 * @param durationMs  how long it took, in milliseconds
 * @param error       why the target failed, in one line (no password, no stack trace)
 */
public record TargetResult(String targetName, String redactedUrl, TargetOutcome outcome, List<FileResult> files,
        List<String> warnings, Instant startedAt, long durationMs, Optional<String> error) {

    public TargetResult {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    public long count(FileStatus status) {
        return files.stream().filter(file -> file.status() == status).count();
    }

    public boolean failed() {
        return outcome.isFailure();
    }
}
