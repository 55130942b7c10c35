package io.jenkins.plugins.dbgitops.jenkins;

import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentEvidence;
import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentRecord;
import io.jenkins.plugins.dbgitops.engine.migrate.FileStatus;
import io.jenkins.plugins.dbgitops.engine.migrate.TargetOutcome;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A deployment record as the build keeps it: per target status, timing and file counts, never credentials. A plain
 * class, not a record: it is stored in {@code build.xml} through XStream, which cannot read records back. Later
 * rollouts of the same job read it as promotion evidence ({@link #evidence()}).
 */
public final class DeploymentSummary implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String environment;
    private final String releaseId;
    private final String manifestSha256;
    private final String shard;
    private final String commit;
    private final String approvedBy;
    private final String startedAt;
    private final long durationMs;
    private final boolean dryRun;
    private final String status;
    private final ArrayList<String> notes;
    private final ArrayList<TargetRow> targets;

    public DeploymentSummary(String environment, String releaseId, String manifestSha256, String shard, String commit,
            String approvedBy, String startedAt, long durationMs, boolean dryRun, String status, List<String> notes,
            List<TargetRow> targets) {
        this.environment = environment;
        this.releaseId = releaseId;
        this.manifestSha256 = manifestSha256;
        this.shard = shard;
        this.commit = commit;
        this.approvedBy = approvedBy;
        this.startedAt = startedAt;
        this.durationMs = durationMs;
        this.dryRun = dryRun;
        this.status = status;
        this.notes = new ArrayList<>(notes);
        this.targets = new ArrayList<>(targets);
    }

    static DeploymentSummary of(DeploymentRecord record) {
        return new DeploymentSummary(record.environment(), record.releaseId(), record.manifestSha256(),
                record.shard(), record.commit(), record.approvedBy(), record.startedAt().toString(),
                record.durationMs(), record.dryRun(), record.status().name(), record.notes(),
                record.targets().stream().map(TargetRow::of).toList());
    }

    /** What this deployment proves to a later promotion check. */
    DeploymentEvidence evidence() {
        List<DeploymentEvidence.TargetEvidence> rows = new ArrayList<>();
        for (TargetRow target : targets) {
            rows.add(new DeploymentEvidence.TargetEvidence(target.name(), TargetOutcome.valueOf(target.status())));
        }
        return new DeploymentEvidence(environment, releaseId, manifestSha256, dryRun, rows);
    }

    public String environment() {
        return environment;
    }

    public String releaseId() {
        return releaseId;
    }

    /** The SHA-256 of the release's manifest, or null in a record written before it was kept. */
    public String manifestSha256() {
        return manifestSha256;
    }

    /** The shard ({@code k/n}) of the environment's targets this rollout deployed, or null for all of them. */
    public String shard() {
        return shard;
    }

    public String commit() {
        return commit;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public String startedAt() {
        return startedAt;
    }

    public long durationMs() {
        return durationMs;
    }

    public boolean dryRun() {
        return dryRun;
    }

    public String status() {
        return status;
    }

    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    public List<TargetRow> targets() {
        return Collections.unmodifiableList(targets);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeploymentSummary that && durationMs == that.durationMs && dryRun == that.dryRun
                && Objects.equals(environment, that.environment) && Objects.equals(releaseId, that.releaseId)
                && Objects.equals(manifestSha256, that.manifestSha256) && Objects.equals(shard, that.shard)
                && Objects.equals(commit, that.commit) && Objects.equals(approvedBy, that.approvedBy)
                && Objects.equals(startedAt, that.startedAt) && Objects.equals(status, that.status)
                && notes.equals(that.notes) && targets.equals(that.targets);
    }

    @Override
    public int hashCode() {
        return Objects.hash(environment, releaseId, shard, startedAt, status);
    }

    /** One database of the rollout. */
    public static final class TargetRow implements Serializable {
        private static final long serialVersionUID = 1L;

        private final String name;
        private final String url;
        private final String status;
        private final long durationMs;
        private final long applied;
        private final long skipped;
        private final long failed;
        private final String error;

        public TargetRow(String name, String url, String status, long durationMs, long applied, long skipped,
                long failed, String error) {
            this.name = name;
            this.url = url;
            this.status = status;
            this.durationMs = durationMs;
            this.applied = applied;
            this.skipped = skipped;
            this.failed = failed;
            this.error = error;
        }

        static TargetRow of(DeploymentRecord.Target target) {
            return new TargetRow(target.name(), target.url(), target.status().name(), target.durationMs(),
                    target.count(FileStatus.APPLIED) + target.count(FileStatus.WOULD_APPLY),
                    target.count(FileStatus.SKIPPED), target.count(FileStatus.FAILED), firstLine(target.error()));
        }

        private static String firstLine(String error) {
            if (error == null) {
                return "";
            }
            int newline = error.indexOf('\n');
            return newline < 0 ? error : error.substring(0, newline);
        }

        public String name() {
            return name;
        }

        public String url() {
            return url;
        }

        public String status() {
            return status;
        }

        public long durationMs() {
            return durationMs;
        }

        public long applied() {
            return applied;
        }

        public long skipped() {
            return skipped;
        }

        public long failed() {
            return failed;
        }

        public String error() {
            return error;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TargetRow that && durationMs == that.durationMs && applied == that.applied
                    && skipped == that.skipped && failed == that.failed && Objects.equals(name, that.name)
                    && Objects.equals(url, that.url) && Objects.equals(status, that.status)
                    && Objects.equals(error, that.error);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, status, durationMs);
        }
    }
}
