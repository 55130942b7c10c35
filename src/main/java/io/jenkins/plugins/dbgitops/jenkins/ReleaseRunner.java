package io.jenkins.plugins.dbgitops.jenkins;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import jenkins.util.BuildListenerAdapter;

/** Packages a release on the agent, archives the archive and its manifest with the build, records the action. */
final class ReleaseRunner {
    static final String DEFAULT_OUTPUT = "target/dbgitops/releases";

    private ReleaseRunner() {
    }

    static ReleaseInfo run(ReleaseOptions options, Run<?, ?> run, FilePath workspace, EnvVars env, Launcher launcher,
            TaskListener listener) throws IOException, InterruptedException {
        PrintStream log = listener.getLogger();
        log.println("[dbgitops] packaging a release from " + options.config());
        ReleaseInfo release = workspace.act(new ReleaseCallable(options, GitOrigin.from(env), env));
        log.println("[dbgitops] release " + release.id() + " of commit " + release.getShortCommit() + " ("
                + release.branch() + "): " + release.files().size() + " migration(s)"
                + (release.alreadyExisted() ? ", identical archive already there" : ""));
        if (!release.review().isBlank()) {
            log.println("[dbgitops] " + release.review());
        }
        Map<String, String> artifacts = new LinkedHashMap<>();
        artifacts.put(release.archivePath(), release.archivePath());
        artifacts.put(release.manifestPath(), release.manifestPath());
        run.pickArtifactManager().archive(workspace, launcher, BuildListenerAdapter.wrap(listener), artifacts);
        log.println("[dbgitops] archived " + release.archivePath() + " and " + release.manifestPath());
        run.addOrReplaceAction(new ReleaseAction(release));
        return release;
    }
}
