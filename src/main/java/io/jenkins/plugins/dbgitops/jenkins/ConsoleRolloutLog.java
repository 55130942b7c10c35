package io.jenkins.plugins.dbgitops.jenkins;

import io.jenkins.plugins.dbgitops.engine.deploy.RolloutListener;
import io.jenkins.plugins.dbgitops.engine.migrate.TargetResult;
import java.io.PrintStream;

/** The rollout on the build console: one line per check and per finished database, whole lines across threads. */
final class ConsoleRolloutLog implements RolloutListener {
    private final PrintStream log;

    ConsoleRolloutLog(PrintStream log) {
        this.log = log;
    }

    @Override
    public void info(String line) {
        synchronized (log) {
            log.println("[dbgitops] " + line);
        }
    }

    @Override
    public void targetFinished(TargetResult result) {
        String line = "[dbgitops] " + result.targetName() + " (" + result.redactedUrl() + "): "
                + result.countsText() + " in " + result.durationMs() + " ms"
                + result.error().map(e -> " - " + e).orElse("");
        synchronized (log) {
            log.println(line);
        }
    }
}
