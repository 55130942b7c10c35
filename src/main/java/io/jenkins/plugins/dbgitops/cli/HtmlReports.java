package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentRecord;
import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentRecords;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writing the report files of the command line (the HTML pages, and review's reports in every format), and gathering
 * the records a deployment matrix shows.
 */
final class HtmlReports {

    private HtmlReports() {
    }

    /** Writes a report, creating its folder; a failure is the user's to fix (exit 2), with the reason. */
    static void write(Path file, String content) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserInputException("Cannot write the report to " + file + ": " + e.getMessage()
                    + ". Check the directory and its permissions.", e);
        }
    }

    /**
     * This rollout after the latest record of each other environment of the same release found beside its record
     * file (dry runs left out), oldest first: the matrix of where the release stands.
     */
    static List<DeploymentRecord> withEarlierRecords(DeploymentRecord latest, Path recordFile) {
        Map<String, DeploymentRecord> byEnvironment = new LinkedHashMap<>();
        Path folder = recordFile.toAbsolutePath().getParent();
        List<DeploymentRecord> found;
        try {
            found = folder == null ? List.of() : DeploymentRecords.readAll(folder);
        } catch (RuntimeException e) {
            // an unreadable neighbour is not this rollout's problem: the matrix shows this rollout alone
            found = List.of();
        }
        found.stream().filter(record -> !record.dryRun() && record.releaseId().equals(latest.releaseId())
                        && !(record.environment().equals(latest.environment())
                        && Objects.equals(record.shard(), latest.shard())))
                .sorted(Comparator.comparing(DeploymentRecord::startedAt))
                .forEach(record -> byEnvironment.put(record.environment() + "/" + record.shard(), record));
        List<DeploymentRecord> records = new ArrayList<>(byEnvironment.values());
        records.add(latest);
        return records;
    }
}
