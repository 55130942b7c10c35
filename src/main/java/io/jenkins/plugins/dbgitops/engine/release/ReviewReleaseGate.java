package io.jenkins.plugins.dbgitops.engine.release;

import io.jenkins.plugins.dbgitops.engine.config.ProjectConfig;
import io.jenkins.plugins.dbgitops.engine.config.ReviewSettings;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationSet;
import io.jenkins.plugins.dbgitops.engine.review.service.ReviewRequest;
import io.jenkins.plugins.dbgitops.engine.review.service.ReviewService;
import io.jenkins.plugins.dbgitops.engine.review.report.ReviewReport;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The release gate of the command line and Jenkins: the SQL review service with the project's {@code review.policy}
 * over every migration. The front end receives the full report to show it.
 */
public final class ReviewReleaseGate implements ReleaseGate {
    private final ReviewService service;
    private final Consumer<ReviewReport> reports;

    /**
     * @param service the review service, usually {@link ReviewService#withDefaults()}
     * @param reports receives each review's report (to print findings, attach SARIF, ...)
     */
    public ReviewReleaseGate(ReviewService service, Consumer<ReviewReport> reports) {
        this.service = service;
        this.reports = reports;
    }

    @Override
    public ReviewOutcome review(ProjectConfig config, MigrationSet migrations) {
        Path base = config.file().toAbsolutePath().getParent();
        ReviewRequest request = ReviewRequest.of(config.engine(), migrations.directory())
                .withPolicy(ReviewSettings.of(config).policy())
                .withBaseDirectory(base);
        ReviewReport report = service.review(request);
        reports.accept(report);
        return new ReviewOutcome(true, (int) report.errors(), (int) report.warnings(), report.errors()
                + " error(s), " + report.warnings() + " warning(s) in " + migrations.migrations().size()
                + " migrations (policy " + report.policy() + ")"
                + (report.warnings() > 0 && !report.failed() ? "; 'dbgitops review' lists them" : ""));
    }
}
