package io.jenkins.plugins.dbgitops.jenkins;

import hudson.model.Run;
import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentRecord;
import io.jenkins.plugins.dbgitops.engine.deploy.DeploymentRecords;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the build pages show beyond the actions' summaries, kept as files in the build's directory on the
 * controller rather than in {@code build.xml}: the review's HTML (with its SQL excerpts) and each rollout's full
 * deployment record. Jenkins loads {@code build.xml} with every build it lists; these are read only when a page is
 * opened. A build from before they were kept has none, and its pages show the summaries.
 */
final class BuildPages {
    static final String DIRECTORY = "dbgitops";
    private static final String REVIEW_HTML = "review.html";

    private BuildPages() {
    }

    static void writeReviewHtml(Run<?, ?> run, String html) throws IOException {
        write(run, REVIEW_HTML, html);
    }

    /** The review's HTML fragment, or null for a build that kept none. */
    static String reviewHtml(Run<?, ?> run) {
        return read(run, REVIEW_HTML).orElse(null);
    }

    static void writeDeploymentRecord(Run<?, ?> run, String fileName, String json) throws IOException {
        write(run, fileName, json);
    }

    /** A rollout's record, or empty for a build that kept none (or one that cannot be read any more). */
    static Optional<DeploymentRecord> deploymentRecord(Run<?, ?> run, String fileName) {
        Optional<Path> file = file(run, fileName).filter(Files::isRegularFile);
        try {
            return file.map(DeploymentRecords::read);
        } catch (UserInputException e) {
            return Optional.empty(); // the page falls back to the summary
        }
    }

    private static void write(Run<?, ?> run, String fileName, String content) throws IOException {
        Path file = file(run, fileName).orElseThrow(() -> new IOException("Not a file name: " + fileName));
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static Optional<String> read(Run<?, ?> run, String fileName) {
        Optional<Path> file = file(run, fileName).filter(Files::isRegularFile);
        try {
            return file.isPresent() ? Optional.of(Files.readString(file.get(), StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The file in the build's {@value #DIRECTORY} folder; empty for a name that would leave it. */
    private static Optional<Path> file(Run<?, ?> run, String fileName) {
        Path directory = run.getRootDir().toPath().resolve(DIRECTORY).normalize();
        Path file = directory.resolve(fileName).normalize();
        return file.getParent() != null && file.getParent().equals(directory) ? Optional.of(file) : Optional.empty();
    }
}
