package io.jenkins.plugins.dbgitops.jenkins;

import hudson.FilePath;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.IOException;
import java.io.PrintStream;

/** The review as the step, the builder and the wrapper run it: agent work, console lines, action, result. */
final class ReviewRunner {
    private ReviewRunner() {
    }

    /** Runs the review and returns the result the build should at least have (null: leave it). */
    static Outcome run(ReviewOptions options, Run<?, ?> run, FilePath workspace, TaskListener listener)
            throws IOException, InterruptedException {
        PrintStream log = listener.getLogger();
        log.println("[dbgitops] SQL review of " + options.path() + " (" + options.dialect() + ")");
        ReviewSummary summary = workspace.act(new ReviewCallable(options.path(), options.dialect()));
        for (ReviewFindingRow f : summary.findings()) {
            log.println("[dbgitops] " + f.level() + " " + f.file() + ":" + f.line() + ":" + f.column() + " "
                    + f.ruleId() + " " + f.message());
        }
        log.println("[dbgitops] " + summary.files() + " file(s), " + summary.statements() + " statement(s): "
                + summary.count("ERROR") + " error(s), " + summary.count("WARNING") + " warning(s)");
        if (options.publish()) {
            run.addOrReplaceAction(new ReviewAction(options.path(), summary));
        }
        Result result = options.failOn().resultFor(summary);
        if (result != null) {
            log.println("[dbgitops] review sets the build result to " + result + " (failOn: "
                    + options.failOn().name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
        return new Outcome(summary, result);
    }

    record Outcome(ReviewSummary summary, Result result) {
    }
}
