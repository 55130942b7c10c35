package io.jenkins.plugins.dbgitops.jenkins;

import hudson.EnvVars;
import hudson.model.EnvironmentContributingAction;
import hudson.model.Run;
import io.jenkins.plugins.dbgitops.engine.deploy.ReleaseHtml;
import java.util.List;

/**
 * The release a build packaged: id, commit link, files with versions and checksums. Exports
 * {@code DBGITOPS_RELEASE_ID} and {@code DBGITOPS_RELEASE_FILE} to the rest of the build. Its page also shows the
 * build's rollouts of the release.
 */
public final class ReleaseAction extends RunAttachedAction implements EnvironmentContributingAction {
    static final String RELEASE_ID_VARIABLE = "DBGITOPS_RELEASE_ID";
    static final String RELEASE_FILE_VARIABLE = "DBGITOPS_RELEASE_FILE";

    private final ReleaseInfo release;

    public ReleaseAction(ReleaseInfo release) {
        this.release = release;
    }

    public ReleaseInfo getRelease() {
        return release;
    }

    public List<ReleaseInfo.FileRow> getFiles() {
        return release.files();
    }

    /** How many migrations the release holds (for Jelly, whose {@code x.size()} is a function of its own). */
    public int getFileCount() {
        return release.files().size();
    }

    /**
     * The engine's release page, every value in it escaped by the engine, with its style: the manifest's facts and
     * files, and the matrix of this build's rollouts of the release.
     */
    public String getReportHtml() {
        DeploymentAction deployments = run() == null ? null : run().getAction(DeploymentAction.class);
        return ReleaseHtml.fragment(release.manifest(), release.archivePath(), release.review(),
                deployments == null ? List.of() : deployments.rollouts(release.id()));
    }

    @Override
    public void buildEnvironment(Run<?, ?> run, EnvVars env) {
        env.put(RELEASE_ID_VARIABLE, release.id());
        env.put(RELEASE_FILE_VARIABLE, release.archivePath());
    }

    @Override
    public String getIconFileName() {
        return "symbol-archive";
    }

    @Override
    public String getDisplayName() {
        return "Database release " + release.id();
    }

    @Override
    public String getUrlName() {
        return "dbgitops-release";
    }
}
