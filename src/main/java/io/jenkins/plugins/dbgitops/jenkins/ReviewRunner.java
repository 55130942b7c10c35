package io.jenkins.plugins.dbgitops.jenkins;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The review as the step, the builder and the wrapper run it: review and reports on the agent, console lines, the
 * build page action, the pull request comment and status, and the build result.
 */
final class ReviewRunner {
    private ReviewRunner() {
    }

    /** Runs the review and returns the result the build should at least have (null: leave it). */
    static Outcome run(ReviewOptions options, Run<?, ?> run, FilePath workspace, EnvVars env, TaskListener listener)
            throws IOException, InterruptedException {
        PrintStream log = listener.getLogger();
        String changedSince = changedSince(options, env);
        List<String> credentialsIds = workspace.act(new ReviewCallable.CredentialsIds(options, env));
        Map<String, DatabaseLogin> logins = DatabaseLogins.lookUp(credentialsIds, run);
        ReviewCallable.Result review = workspace.act(new ReviewCallable(options, changedSince, env, logins, listener));
        ReviewSummary summary = review.summary();
        for (ReviewFindingRow f : summary.findings()) {
            log.println("[dbgitops] " + f.level() + " " + f.file() + ":" + f.line() + ":" + f.column() + " "
                    + f.ruleId() + " " + f.message());
        }
        log.println("[dbgitops] " + summary.files() + " file(s), " + summary.statements() + " statement(s): "
                + summary.count(Level.ERROR) + " error(s), " + summary.count(Level.WARNING) + " warning(s); reports in "
                + ReviewCallable.SARIF_REPORT + " and " + ReviewCallable.JUNIT_REPORT);
        if (options.publish()) {
            BuildPages.writeReviewHtml(run, review.html());
            run.addOrReplaceAction(new ReviewAction(summary.path(), summary));
            PullRequestPublishing.publish(run, env, options.tokenCredentialsId(), summary, summary.failed(), listener);
        }
        Result result = options.failOn().resultFor(summary);
        if (result != null) {
            log.println("[dbgitops] review sets the build result to " + result + " (failOn: "
                    + options.failOn().name().toLowerCase(Locale.ROOT) + ")");
        }
        return new Outcome(summary, result);
    }

    /** On a pull-request build with {@code changedOnly}, the target branch as fetched by the checkout. */
    private static String changedSince(ReviewOptions options, EnvVars env) {
        String target = env.get("CHANGE_TARGET");
        return options.changedOnly() && env.get("CHANGE_ID") != null && target != null ? "origin/" + target : null;
    }

    record Outcome(ReviewSummary summary, Result result) {
    }
}
