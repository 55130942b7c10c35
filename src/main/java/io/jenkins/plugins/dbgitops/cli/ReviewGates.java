package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.config.ProjectConfig;
import io.jenkins.plugins.dbgitops.engine.release.ReleaseGate;
import io.jenkins.plugins.dbgitops.engine.release.ReviewOutcome;
import io.jenkins.plugins.dbgitops.engine.review.ReviewRequest;
import io.jenkins.plugins.dbgitops.engine.review.ReviewService;
import io.jenkins.plugins.dbgitops.engine.review.report.ReportFormat;
import io.jenkins.plugins.dbgitops.engine.review.report.ReviewReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** The review that runs before a release is packaged: the SQL review engine with the project's policy. */
final class ReviewGates {
    static final String DEFAULT_POLICY = "prod";

    private ReviewGates() {
    }

    /**
     * Reviews every migration with {@code review.policy} (default {@value #DEFAULT_POLICY}). Prints the findings
     * when the review fails, since they are what must be fixed; warnings alone are only counted (the pull request's
     * review showed them, and {@code dbgitops review} lists them).
     */
    static ReleaseGate forProject(PrintWriter out) {
        return (config, migrations) -> {
            Path base = config.file().toAbsolutePath().getParent();
            ReviewRequest request = ReviewRequest.of(config.engine(), migrations.directory())
                    .withPolicy(policy(config, base))
                    .withBaseDirectory(base);
            ReviewReport report = ReviewService.withDefaults().review(request);
            if (report.failed()) {
                synchronized (out) {
                    out.print(report.render(ReportFormat.TEXT));
                    out.flush();
                }
            }
            return new ReviewOutcome(true, (int) report.errors(), (int) report.warnings(), report.errors()
                    + " error(s), " + report.warnings() + " warning(s) in " + migrations.migrations().size()
                    + " migrations (policy " + report.policy() + ")"
                    + (report.warnings() > 0 && !report.failed() ? "; 'dbgitops review' lists them" : ""));
        };
    }

    /** A policy file is written relative to dbgitops.yaml; a template name is passed on as it is. */
    private static String policy(ProjectConfig config, Path base) {
        String policy = config.reviewPolicy().orElse(DEFAULT_POLICY);
        Path relative = base == null ? Path.of(policy) : base.resolve(policy);
        return Files.isRegularFile(relative) ? relative.toString() : policy;
    }
}
