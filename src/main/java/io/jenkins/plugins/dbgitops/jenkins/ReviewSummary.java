package io.jenkins.plugins.dbgitops.jenkins;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a review on the agent sends back to the controller: counts, findings and the Markdown report for the pull
 * request, never file contents.
 *
 * @param failed     whether the findings reach the fail level
 * @param markdown   the pull request comment
 * @param headCommit the checked-out commit, or null outside a git repository
 */
public record ReviewSummary(int files, int statements, List<ReviewFindingRow> findings, boolean failed,
        String markdown, String headCommit) implements Serializable {
    public ReviewSummary {
        findings = List.copyOf(findings);
    }

    public long count(String level) {
        return findings.stream().filter(f -> f.level().equals(level)).count();
    }

    /** Counts by level, as the {@code sqlReview} step returns them to the Pipeline script. */
    public Map<String, Object> countsByLevel() {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("error", count("ERROR"));
        counts.put("warning", count("WARNING"));
        counts.put("total", findings.size());
        counts.put("files", files);
        return counts;
    }

    public Map<String, List<ReviewFindingRow>> byFile() {
        Map<String, List<ReviewFindingRow>> grouped = new TreeMap<>();
        for (ReviewFindingRow f : findings) {
            grouped.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
        }
        return grouped;
    }
}
