package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.deploy.RolloutListener;
import io.jenkins.plugins.dbgitops.engine.migrate.FileResult;
import io.jenkins.plugins.dbgitops.engine.migrate.FileStatus;
import io.jenkins.plugins.dbgitops.engine.migrate.TargetResult;
import java.io.PrintWriter;

/** Prints a rollout's progress, one line per event; workers call it concurrently, so every print is synchronised. */
final class ConsoleRolloutListener implements RolloutListener {
    private final PrintWriter out;
    private final String indent;

    ConsoleRolloutListener(PrintWriter out, String indent) {
        this.out = out;
        this.indent = indent;
    }

    @Override
    public void info(String line) {
        print(line);
    }

    @Override
    public void fileFinished(DatabaseTarget target, FileResult result) {
        if (result.status() == FileStatus.SKIPPED) {
            return;
        }
        print("[" + target.name() + "] " + result.status() + " " + result.script()
                + (result.durationMs() > 0 ? " (" + result.durationMs() + " ms)" : "")
                + result.error().map(error -> ": " + error).orElse(""));
    }

    @Override
    public void warning(DatabaseTarget target, String message) {
        print("[" + target.name() + "] warning: " + message);
    }

    @Override
    public void targetFinished(TargetResult result) {
        print("[" + result.targetName() + "] " + result.outcome() + " in " + result.durationMs() + " ms"
                + result.error().map(error -> ": " + error).orElse(""));
    }

    private void print(String line) {
        synchronized (out) {
            out.println(indent + line);
            out.flush();
        }
    }
}
