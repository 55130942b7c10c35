package io.jenkins.plugins.dbgitops.jenkins;

import io.jenkins.plugins.dbgitops.engine.config.ProjectConfig;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationSet;
import io.jenkins.plugins.dbgitops.engine.release.ReleaseGate;
import io.jenkins.plugins.dbgitops.engine.release.ReviewOutcome;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.ReviewRequest;
import io.jenkins.plugins.dbgitops.engine.review.ReviewService;
import io.jenkins.plugins.dbgitops.engine.review.report.ReviewReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reviews a release's migrations with the project's policy before {@code dbRelease} packages them. */
final class ReviewReleaseGate implements ReleaseGate {
    @Override
    public ReviewOutcome review(ProjectConfig config, MigrationSet migrations) {
        Path projectDirectory = config.file().toAbsolutePath().getParent();
        String policy = Policies.resolve(projectDirectory, config.reviewPolicy().orElse("prod"));
        ReviewReport report = ReviewService.withDefaults().review(new ReviewRequest(
                List.of(config.migrationsDirectory()), config.engine(), policy, Optional.empty(), Level.ERROR,
                projectDirectory, ""));
        return new ReviewOutcome(true, (int) report.errors(), (int) report.warnings(), "review with policy " + policy
                + ": " + report.errors() + " error(s), " + report.warnings() + " warning(s)");
    }
}
