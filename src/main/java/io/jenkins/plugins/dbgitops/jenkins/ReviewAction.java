package io.jenkins.plugins.dbgitops.jenkins;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.report.HtmlReport;
import java.util.List;
import java.util.Map;

/**
 * The review on the build page: a summary there, and a page of findings grouped by file, with the SQL around each
 * line, rendered by the engine's HTML report (the page {@code review --format html} writes).
 */
public final class ReviewAction extends RunAttachedAction {
    private final String path;
    private final ReviewSummary summary;

    public ReviewAction(String path, ReviewSummary summary) {
        this.path = path;
        this.summary = summary;
    }

    public String getPath() {
        return path;
    }

    public ReviewSummary getSummary() {
        return summary;
    }

    public long getErrors() {
        return summary.count(Level.ERROR);
    }

    public long getWarnings() {
        return summary.count(Level.WARNING);
    }

    public Map<String, List<ReviewFindingRow>> getFindingsByFile() {
        return summary.byFile();
    }

    /**
     * The engine's HTML report of this review, every value in it escaped by the engine, with its style: the report
     * kept beside {@code build.xml} (with SQL excerpts), or, for a build that kept none, the same report drawn from
     * the findings in {@code build.xml}.
     */
    public String getReportHtml() {
        String kept = run() == null ? null : BuildPages.reviewHtml(run());
        return kept != null ? kept : HtmlReport.fragment(new KeptReview(summary));
    }

    @Override
    public String getIconFileName() {
        return "symbol-search";
    }

    @Override
    public String getDisplayName() {
        return "SQL Review";
    }

    @Override
    public String getUrlName() {
        return "dbgitops-review";
    }
}
