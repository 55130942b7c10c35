package io.jenkins.plugins.dbgitops.jenkins;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.ReviewResult;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.RuleRegistry;
import io.jenkins.plugins.dbgitops.engine.review.report.ReviewView;
import io.jenkins.plugins.dbgitops.engine.review.report.SourceLookup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A review as the build kept it in {@code build.xml}, seen by the engine's HTML report: the findings and counts, no
 * SQL. The review page of a build that kept no report file (one from before they were kept) is drawn from it.
 */
final class KeptReview implements ReviewView {
    private final ReviewSummary summary;

    KeptReview(ReviewSummary summary) {
        this.summary = summary;
    }

    @Override
    public boolean failed() {
        return summary.failed();
    }

    @Override
    public ReviewResult result() {
        List<Finding> findings = summary.findings().stream().map(row -> new Finding(row.file(), row.line(),
                row.column(), row.ruleId(), row.level(), row.message(), row.help())).toList();
        return new ReviewResult(findings, summary.files(), summary.statements(), List.of());
    }

    @Override
    public boolean complete() {
        return false;
    }

    @Override
    public Optional<RuleDefinition> rule(String id) {
        return Rules.ALL.find(id);
    }

    @Override
    public Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Migrations", summary.path());
        if (summary.headCommit() != null) {
            facts.put("Commit", summary.headCommit());
        }
        if (!summary.skipped().isEmpty()) {
            facts.put("Not run (no database)", String.join(", ", summary.skipped()));
        }
        return facts;
    }

    @Override
    public SourceLookup sources() {
        return SourceLookup.NONE;
    }

    /** The rules' definitions, loaded once: a page view of an old build should not instantiate every rule. */
    private static final class Rules {
        static final RuleRegistry ALL = RuleRegistry.load();
    }
}
