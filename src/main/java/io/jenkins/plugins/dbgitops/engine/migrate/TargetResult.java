package io.jenkins.plugins.dbgitops.engine.migrate;

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

    /**
     * The outcome and the file counts for a console line: "SUCCESS, 2 applied, 1 skipped, 0 failed", or for a dry
     * run, which applies nothing, "DRY RUN, 2 would apply, 1 skipped".
     */
    public String countsText() {
        long wouldApply = count(FileStatus.WOULD_APPLY);
        if (wouldApply > 0) {
            return "DRY RUN, " + wouldApply + " would apply, " + count(FileStatus.SKIPPED) + " skipped";
        }
        return outcome + ", " + count(FileStatus.APPLIED) + " applied, " + count(FileStatus.SKIPPED) + " skipped, "
                + count(FileStatus.FAILED) + " failed";
    }

    public boolean failed() {
        return outcome.isFailure();
    }
}
