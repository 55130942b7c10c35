package io.jenkins.plugins.dbgitops.jenkins;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Level;
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
    public long errors() {
        return summary.count(Level.ERROR);
    }

    @Override
    public long warnings() {
        return summary.count(Level.WARNING);
    }

    @Override
    public int files() {
        return summary.files();
    }

    @Override
    public int statements() {
        return summary.statements();
    }

    @Override
    public List<Finding> findings() {
        return summary.findings().stream().map(row -> new Finding(row.file(), row.line(), row.column(), row.ruleId(),
                row.level(), row.message(), row.help())).toList();
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
    public Optional<ReviewResult> whole() {
        return Optional.empty();
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
