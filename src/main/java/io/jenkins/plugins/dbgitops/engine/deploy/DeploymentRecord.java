package io.jenkins.plugins.dbgitops.engine.deploy;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.jenkins.plugins.dbgitops.engine.migrate.FileStatus;
import io.jenkins.plugins.dbgitops.engine.migrate.TargetOutcome;
import java.time.Instant;
import java.util.List;

/**
 * What one rollout did, written as JSON next to the build and shown as the deployment matrix. Plain data without
 * secrets: URLs are redacted, errors are sanitised by the migrations engine.
 *
 * @param formatVersion {@value #FORMAT_VERSION}
 * @param environment   the environment
 * @param releaseId     the release deployed
 * @param manifestSha256 the SHA-256 of the release's manifest: with the id, what proves which content was deployed
 *                      (null in records of format 1)
 * @param shard         the share of the environment's targets this rollout deployed ({@code k/n}), or null for all
 * @param commit        the release's commit
 * @param approvedBy    who approved, or null for an environment without approval
 * @param startedAt     when the rollout started
 * @param durationMs    how long it took
 * @param dryRun        whether nothing was changed (files show {@code WOULD_APPLY})
 * @param status        the overall outcome
 * @param notes         what the checks said (promotion, approval)
 * @param targets       one record per target, in configuration order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeploymentRecord(int formatVersion, String environment, String releaseId, String manifestSha256,
        String shard, String commit,
        String approvedBy, Instant startedAt, long durationMs, boolean dryRun, DeploymentStatus status,
        List<String> notes, List<Target> targets) implements RolloutView {

    /** 2 added {@code manifestSha256} and {@code shard}; records of format 1 are still read. */
    public static final int FORMAT_VERSION = 2;

    public DeploymentRecord {
        notes = List.copyOf(notes);
        targets = List.copyOf(targets);
    }

    /**
     * One target of the rollout.
     *
     * @param name       the target's name in the environment
     * @param url        the JDBC URL without credentials
     * @param status     the migrations engine's outcome on the target
     * @param startedAt  when the target started
     * @param durationMs how long it took
     * @param error      why it failed, or null
     * @param files      one record per file of the release
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Target(String name, String url, TargetOutcome status, Instant startedAt, long durationMs,
            String error, List<File> files) implements RolloutView.Target {

        public Target {
            files = List.copyOf(files);
        }

        @Override
        public long count(FileStatus fileStatus) {
            return files.stream().filter(file -> file.status() == fileStatus).count();
        }
    }

    /**
     * One file on one target.
     *
     * @param version    its version
     * @param script     its path in the release
     * @param status     what happened
     * @param startedAt  when it started, or null when it did not run
     * @param durationMs how long it ran
     * @param error      the error, or null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record File(String version, String script, FileStatus status, Instant startedAt, long durationMs,
            String error) {
    }
}
