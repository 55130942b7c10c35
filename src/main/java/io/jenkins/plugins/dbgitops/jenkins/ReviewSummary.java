package io.jenkins.plugins.dbgitops.jenkins;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a review on the agent sends back to the controller: counts, findings and the Markdown report for the pull
 * request, never file contents. A plain class, not a record: it is stored in {@code build.xml} through XStream.
 */
public final class ReviewSummary implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final int files;
    private final int statements;
    private final ArrayList<ReviewFindingRow> findings;
    private final boolean failed;
    private final String markdown;
    private final String headCommit;
    /** Null in builds recorded before rules could be skipped. */
    private final ArrayList<String> skipped;

    /**
     * @param path       the reviewed directory, relative to the workspace
     * @param failed     whether the findings reach the fail level
     * @param markdown   the pull request comment
     * @param headCommit the checked-out commit, or null outside a git repository
     */
    public ReviewSummary(String path, int files, int statements, List<ReviewFindingRow> findings, boolean failed,
            String markdown, String headCommit) {
        this(path, files, statements, findings, failed, markdown, headCommit, List.of());
    }

    /** @param skipped enabled rules that did not run because the review had no database */
    public ReviewSummary(String path, int files, int statements, List<ReviewFindingRow> findings, boolean failed,
            String markdown, String headCommit, List<String> skipped) {
        this.path = path;
        this.files = files;
        this.statements = statements;
        this.findings = new ArrayList<>(findings);
        this.failed = failed;
        this.markdown = markdown;
        this.headCommit = headCommit;
        this.skipped = new ArrayList<>(skipped);
    }

    public String path() {
        return path;
    }

    public int files() {
        return files;
    }

    public int statements() {
        return statements;
    }

    public List<ReviewFindingRow> findings() {
        return Collections.unmodifiableList(findings);
    }

    public boolean failed() {
        return failed;
    }

    public String markdown() {
        return markdown;
    }

    public String headCommit() {
        return headCommit;
    }

    public List<String> skipped() {
        return skipped == null ? List.of() : Collections.unmodifiableList(skipped);
    }

    public long count(Level level) {
        return findings.stream().filter(f -> f.level() == level).count();
    }

    /** Counts by level, as the {@code sqlReview} step returns them to the Pipeline script. */
    public Map<String, Object> countsByLevel() {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("error", count(Level.ERROR));
        counts.put("warning", count(Level.WARNING));
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

    @Override
    public boolean equals(Object other) {
        return other instanceof ReviewSummary that && Objects.equals(path, that.path) && files == that.files && statements == that.statements
                && failed == that.failed && findings.equals(that.findings) && Objects.equals(markdown, that.markdown)
                && Objects.equals(headCommit, that.headCommit) && skipped().equals(that.skipped());
    }

    @Override
    public int hashCode() {
        return Objects.hash(files, statements, findings, failed, markdown, headCommit);
    }
}
