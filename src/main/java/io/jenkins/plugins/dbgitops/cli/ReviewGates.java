package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.release.ReleaseGate;
import io.jenkins.plugins.dbgitops.engine.release.ReviewReleaseGate;
import io.jenkins.plugins.dbgitops.engine.review.service.ReviewService;
import io.jenkins.plugins.dbgitops.engine.review.report.ReportFormat;
import java.io.PrintWriter;

/** The review before a release, as the command line shows it. */
final class ReviewGates {
    private ReviewGates() {
    }

    /**
     * The project's review. Prints the findings when the review fails, since they are what must be fixed; warnings
     * alone are only counted (the pull request's review showed them, and {@code dbgitops review} lists them).
     */
    static ReleaseGate forProject(PrintWriter out) {
        return new ReviewReleaseGate(ReviewService.withDefaults(), report -> {
            if (report.failed()) {
                synchronized (out) {
                    out.print(report.render(ReportFormat.TEXT));
                    out.flush();
                }
            }
        });
    }
}
