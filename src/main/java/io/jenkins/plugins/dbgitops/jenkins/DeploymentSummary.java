package io.jenkins.plugins.dbgitops.jenkins;

import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentRecord;
import io.jenkins.plugins.dbgitops.engine.rollout.FileStatus;
import java.io.Serializable;
import java.util.List;

/** A deployment record as the build keeps it: per target status, timing and file counts, never credentials. */
public record DeploymentSummary(String environment, String releaseId, String commit, String approvedBy,
        String startedAt, long durationMs, boolean dryRun, String status, List<String> notes, List<TargetRow> targets)
        implements Serializable {
    public DeploymentSummary {
        notes = List.copyOf(notes);
        targets = List.copyOf(targets);
    }

    static DeploymentSummary of(DeploymentRecord record) {
        return new DeploymentSummary(record.environment(), record.releaseId(), record.commit(), record.approvedBy(),
                record.startedAt().toString(), record.durationMs(), record.dryRun(), record.status().name(),
                record.notes(), record.targets().stream().map(TargetRow::of).toList());
    }

    /** One database of the rollout. */
    public record TargetRow(String name, String url, String status, long durationMs, long applied, long skipped,
            long failed, String error) implements Serializable {
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
    }
}
