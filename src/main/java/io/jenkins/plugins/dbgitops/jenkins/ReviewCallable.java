package io.jenkins.plugins.dbgitops.jenkins;

import hudson.AbortException;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.ReviewRequest;
import io.jenkins.plugins.dbgitops.engine.review.ReviewService;
import io.jenkins.plugins.dbgitops.engine.review.report.ReportFormat;
import io.jenkins.plugins.dbgitops.engine.review.report.ReviewReport;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jenkins.MasterToSlaveFileCallable;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Runs the SQL review in the workspace on the agent, where the migration files are, and writes the SARIF and JUnit
 * reports there for {@code recordIssues} and {@code junit}.
 */
final class ReviewCallable extends MasterToSlaveFileCallable<ReviewSummary> {
    private static final long serialVersionUID = 1L;
    static final String SARIF_REPORT = "target/dbgitops/review.sarif";
    static final String JUNIT_REPORT = "target/dbgitops/review-junit.xml";

    private final ReviewOptions options;
    private final String changedSince;

    ReviewCallable(ReviewOptions options, String changedSince) {
        this.options = options;
        this.changedSince = changedSince;
    }

    @Override
    public ReviewSummary invoke(File workspaceDir, VirtualChannel channel) throws IOException {
        Path workspace = workspaceDir.toPath().toAbsolutePath().normalize();
        Path directory = Workspace.inside(workspace, options.path(), "review path");
        if (!Files.isDirectory(directory)) {
            throw new AbortException("No migrations directory '" + options.path() + "' in the workspace; set 'path'"
                    + " to the folder that holds the .sql files.");
        }
        try {
            ReviewRequest request = new ReviewRequest(List.of(directory), SqlEngine.fromName(options.dialect()),
                    Policies.resolve(workspace, options.policy()), Optional.ofNullable(changedSince), options.failOn().level(), workspace, "");
            ReviewReport report = ReviewService.withDefaults().review(request);
            write(workspace.resolve(SARIF_REPORT), report.render(ReportFormat.SARIF));
            write(workspace.resolve(JUNIT_REPORT), report.render(ReportFormat.JUNIT));
            return new ReviewSummary(report.result().files(), report.result().statements(),
                    report.findings().stream().map(ReviewFindingRow::of).toList(), report.failed(),
                    report.render(ReportFormat.MARKDOWN), headCommit(workspace));
        } catch (UserInputException | IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** The checked-out commit, for the pull request status when the build does not say. */
    private static String headCommit(Path workspace) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(workspace.toFile());
        if (builder.getGitDir() == null) {
            return null;
        }
        try (Repository repository = builder.build()) {
            ObjectId head = repository.resolve("HEAD");
            return head == null ? null : head.name();
        } catch (IOException e) {
            return null;
        }
    }
}
