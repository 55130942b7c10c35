package io.jenkins.plugins.dbgitops.engine.deploy;

import io.jenkins.plugins.dbgitops.engine.migrate.FileStatus;
import java.util.ArrayList;
import java.util.List;

/** Plain-text tables of rollouts and states, environments by targets, for consoles and logs. */
public final class DeploymentMatrix {
    private DeploymentMatrix() {
    }

    /** One row per environment and target: outcome, files applied / skipped / failed, duration, error. */
    public static String ofRecords(List<DeploymentRecord> records) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ENVIRONMENT", "TARGET", "RELEASE", "STATUS", "APPLIED", "SKIPPED", "FAILED",
            "DURATION", "ERROR"});
        for (DeploymentRecord record : records) {
            for (DeploymentRecord.Target target : record.targets()) {
                long applied = target.count(FileStatus.APPLIED) + target.count(FileStatus.WOULD_APPLY);
                rows.add(new String[] {record.environment(), target.name(), record.releaseId(),
                    target.status().name(), Long.toString(applied),
                    Long.toString(target.count(FileStatus.SKIPPED)), Long.toString(target.count(FileStatus.FAILED)),
                    target.durationMs() + " ms", target.error() == null ? "" : firstLine(target.error())});
            }
            rows.add(new String[] {record.environment(), "=> " + record.status().name(), "", "", "", "", "",
                record.durationMs() + " ms", record.approvedBy() == null ? "" : "approved by " + record.approvedBy()});
        }
        return render(rows);
    }

    /** One row per environment and target: the latest release, counts of applied and pending versions, drift. */
    public static String ofStates(List<TargetState> states) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ENVIRONMENT", "TARGET", "STATE", "RELEASE", "APPLIED", "PENDING", "DETAILS"});
        for (TargetState state : states) {
            List<String> details = new ArrayList<>();
            state.error().ifPresent(error -> details.add(firstLine(error)));
            state.blocked().forEach(details::add);
            state.drift().forEach(drift -> details.add("drift: " + drift));
            if (!state.pending().isEmpty()) {
                details.add("pending: " + String.join(", ", state.pending()));
            }
            rows.add(new String[] {state.environment(), state.target(), state.summary(),
                state.latestRelease().orElse("-"), Integer.toString(state.applied().size()),
                Integer.toString(state.pending().size()), String.join("; ", details)});
        }
        return render(rows);
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        String line = newline < 0 ? text : text.substring(0, newline);
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }

    private static String render(List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns - 1; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(i < columns - 1 ? String.format("%-" + widths[i] + "s  ", row[i]) : row[i]);
            }
            text.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return text.toString();
    }
}
