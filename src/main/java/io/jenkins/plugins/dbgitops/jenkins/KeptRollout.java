package io.jenkins.plugins.dbgitops.jenkins;

import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentRecord;
import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentStatus;
import io.jenkins.plugins.dbgitops.engine.deploy.RolloutView;
import io.jenkins.plugins.dbgitops.engine.migrate.FileStatus;
import io.jenkins.plugins.dbgitops.engine.migrate.TargetOutcome;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A rollout as the build kept it in {@code build.xml}, seen by the engine's deployment matrix: per target status,
 * timing and counts, no per-file detail. The deployments page draws a rollout whose record file is missing (a build
 * from before they were kept) from it.
 */
final class KeptRollout implements RolloutView {
    private final DeploymentSummary summary;

    KeptRollout(DeploymentSummary summary) {
        this.summary = summary;
    }

    @Override
    public String environment() {
        return summary.environment();
    }

    @Override
    public String releaseId() {
        return summary.releaseId();
    }

    @Override
    public String commit() {
        return summary.commit();
    }

    @Override
    public String approvedBy() {
        return summary.approvedBy();
    }

    @Override
    public Instant startedAt() {
        try {
            return summary.startedAt() == null ? null : Instant.parse(summary.startedAt());
        } catch (DateTimeParseException e) {
            return null; // the page leaves the time out rather than fail
        }
    }

    @Override
    public long durationMs() {
        return summary.durationMs();
    }

    @Override
    public boolean dryRun() {
        return summary.dryRun();
    }

    @Override
    public DeploymentStatus status() {
        return DeploymentStatus.valueOf(summary.status());
    }

    @Override
    public List<String> notes() {
        return summary.notes();
    }

    @Override
    public List<KeptTarget> targets() {
        return summary.targets().stream().map(row -> new KeptTarget(row, summary.dryRun())).toList();
    }

    /** One database: the counts the build kept stand for its files. */
    private record KeptTarget(DeploymentSummary.TargetRow row, boolean dryRun) implements Target {
        @Override
        public String name() {
            return row.name();
        }

        @Override
        public String url() {
            return row.url();
        }

        @Override
        public TargetOutcome status() {
            return TargetOutcome.valueOf(row.status());
        }

        @Override
        public long durationMs() {
            return row.durationMs();
        }

        @Override
        public String error() {
            return row.error() == null || row.error().isEmpty() ? null : row.error();
        }

        @Override
        public long count(FileStatus status) {
            return switch (status) {
                // the build kept applied and would-apply as one count
                case APPLIED -> dryRun ? 0 : row.applied();
                case WOULD_APPLY -> dryRun ? row.applied() : 0;
                case SKIPPED -> row.skipped();
                case FAILED -> row.failed();
                default -> 0;
            };
        }

        @Override
        public List<DeploymentRecord.File> files() {
            return List.of();
        }
    }
}
