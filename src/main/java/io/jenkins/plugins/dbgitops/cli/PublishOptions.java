package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.vcs.PullRequestRef;
import io.jenkins.plugins.dbgitops.engine.vcs.PullRequestUrls;
import io.jenkins.plugins.dbgitops.engine.vcs.ReviewPublication;
import io.jenkins.plugins.dbgitops.engine.vcs.VcsPublishException;
import io.jenkins.plugins.dbgitops.engine.vcs.VcsPublisher;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Options that publish a review to its pull request: one upserted comment and a commit status. Defaults come from
 * the variables Jenkins sets on pull request builds ({@code CHANGE_URL}, {@code GIT_COMMIT}, {@code BUILD_URL}).
 */
public final class PublishOptions {

    @Option(names = "--publish", description = "Post the Markdown report as the pull request's dbgitops comment"
            + " (updated in place) and set the commit status " + ReviewPublication.STATUS_CONTEXT + ".")
    boolean publish;

    @Option(names = "--pull-request", paramLabel = "URL", defaultValue = "${env:CHANGE_URL}",
            description = "The pull request's web address (GitHub, GitLab, Bitbucket, Azure DevOps). Default: CHANGE_URL.")
    String pullRequest;

    @Option(names = "--commit", paramLabel = "SHA", defaultValue = "${env:GIT_COMMIT}",
            description = "The pull request's head commit. Default: GIT_COMMIT.")
    String commit;

    @Option(names = "--build-url", paramLabel = "URL", defaultValue = "${env:BUILD_URL}",
            description = "Link for the commit status. Default: BUILD_URL.")
    String buildUrl;

    @Option(names = "--api-url", paramLabel = "URL",
            description = "REST API root when it is not the host's default (GitHub Enterprise, self-hosted GitLab).")
    URI apiUrl;

    @Option(names = "--token-env", paramLabel = "VAR", description = "Environment variable holding the API token.")
    String tokenEnv;

    @Option(names = "--token-file", paramLabel = "FILE", description = "File holding the API token.")
    Path tokenFile;

    /** Publishes when {@code --publish} was given; returns a problem to report, or null. */
    String publishIfAsked(String markdown, long errors, long warnings, boolean failed) {
        if (!publish) {
            return null;
        }
        if (commit == null || commit.isBlank()) {
            throw new UserInputException("--publish needs the pull request's head commit: pass --commit or set GIT_COMMIT.");
        }
        PullRequestRef reference = PullRequestUrls.parse(pullRequest, commit.trim());
        if (apiUrl != null) {
            reference = reference.withApiBase(apiUrl);
        }
        try {
            new ReviewPublication(VcsPublisher.create(reference, token())).publish(markdown, errors, warnings, failed,
                    buildUrl == null || buildUrl.isBlank() ? null : buildUrl);
            return null;
        } catch (VcsPublishException e) {
            return "could not publish the review: " + e.getMessage();
        }
    }

    private String token() {
        if (tokenEnv != null) {
            String value = System.getenv(tokenEnv);
            if (value == null || value.isBlank()) {
                throw new UserInputException("Environment variable " + tokenEnv + " holds no token: set it, or use"
                        + " --token-file.");
            }
            return value.trim();
        }
        if (tokenFile != null) {
            try {
                return Files.readString(tokenFile, StandardCharsets.UTF_8).trim();
            } catch (IOException e) {
                throw new UserInputException("Cannot read the token file " + tokenFile + ": " + e.getMessage(), e);
            }
        }
        throw new UserInputException("--publish needs an API token: pass --token-env VAR or --token-file FILE.");
    }
}
