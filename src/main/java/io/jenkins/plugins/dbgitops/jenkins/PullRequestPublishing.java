package io.jenkins.plugins.dbgitops.jenkins;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.EnvVars;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.vcs.PullRequestRef;
import io.jenkins.plugins.dbgitops.engine.vcs.PullRequestUrls;
import io.jenkins.plugins.dbgitops.engine.vcs.ReviewPublication;
import io.jenkins.plugins.dbgitops.engine.vcs.VcsPublishException;
import io.jenkins.plugins.dbgitops.engine.vcs.VcsPublisher;
import java.util.List;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * Publishes a review to the pull request a multibranch build is for ({@code CHANGE_URL}): the Markdown report as
 * one upserted comment and a commit status. The token comes from a Jenkins credential (secret text, or the password
 * of a username/password credential) and is used only in request headers.
 */
final class PullRequestPublishing {
    private PullRequestPublishing() {
    }

    /** Publishes when the build is a pull request and a token is configured; reports what it did on the console. */
    static void publish(Run<?, ?> run, EnvVars env, String tokenCredentialsId, ReviewSummary summary, boolean failed,
            TaskListener listener) {
        String changeUrl = env.get("CHANGE_URL");
        if (env.get("CHANGE_ID") == null || changeUrl == null) {
            return;
        }
        if (tokenCredentialsId == null || tokenCredentialsId.isBlank()) {
            listener.getLogger().println("[dbgitops] pull request " + changeUrl + ": no token credentials"
                    + " configured (tokenCredentialsId), so no comment or status is published");
            return;
        }
        if (summary.markdown() == null || summary.markdown().isBlank()) {
            return;
        }
        String commit = env.get("GIT_COMMIT") != null ? env.get("GIT_COMMIT") : summary.headCommit();
        try {
            PullRequestRef pullRequest = PullRequestUrls.parse(changeUrl, commit);
            VcsPublisher publisher = VcsPublisher.create(pullRequest, token(run, tokenCredentialsId));
            boolean updated = new ReviewPublication(publisher).publish(summary.markdown(), summary.count(Level.ERROR),
                    summary.count(Level.WARNING), failed, env.get("BUILD_URL"));
            listener.getLogger().println("[dbgitops] " + (updated ? "updated" : "added") + " the review comment on "
                    + changeUrl + " and set the status " + ReviewPublication.STATUS_CONTEXT);
        } catch (UserInputException | VcsPublishException e) {
            // publishing is a courtesy: the review result and the build page stand without it
            listener.getLogger().println("[dbgitops] WARNING: could not publish to " + changeUrl + ": "
                    + e.getMessage());
        }
    }

    private static String token(Run<?, ?> run, String id) {
        StandardCredentials credentials = CredentialsProvider.findCredentialById(id, StandardCredentials.class, run,
                List.of());
        if (credentials instanceof StringCredentials) {
            return ((StringCredentials) credentials).getSecret().getPlainText();
        }
        if (credentials instanceof StandardUsernamePasswordCredentials) {
            return ((StandardUsernamePasswordCredentials) credentials).getPassword().getPlainText();
        }
        throw new UserInputException("No secret text or username/password credentials with id '" + id
                + "' are visible to this job; add the code host token under Manage Jenkins > Credentials.");
    }
}
