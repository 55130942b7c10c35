/*
 * Compile-only stand-in mirroring org.jenkins-ci.main:jenkins-core:2.541.3.
 * Real supertypes: extends Actionable; implements ExtensionPoint, Comparable<RunT>, AccessControlled, PersistenceRoot, DescriptorByNameOwner, OnMaster, StaplerProxy, HistoricalBuild, WithConsoleUrl.
 * Signatures match the real API; bodies are placeholders. Never packaged (see pom.xml excludes).
 */
package hudson.model;

import hudson.EnvVars;
import hudson.ExtensionPoint;
import hudson.security.AccessControlled;
import java.io.File;
import java.io.IOException;
import jenkins.console.WithConsoleUrl;
import jenkins.model.ArtifactManager;
import jenkins.model.HistoricalBuild;
import jenkins.model.RunAction2;
import jenkins.model.StandardArtifactManager;
import jenkins.util.io.OnMaster;
import org.kohsuke.stapler.StaplerProxy;

public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends Actionable
        implements ExtensionPoint, Comparable<RunT>, AccessControlled, PersistenceRoot, DescriptorByNameOwner, OnMaster,
                StaplerProxy, HistoricalBuild, WithConsoleUrl {
    public static final long QUEUE_ID_UNKNOWN = -1;

    protected final transient JobT project;
    public transient int number;
    protected volatile Result result;

    protected Run(JobT job) throws IOException {
        this(job, System.currentTimeMillis());
    }

    protected Run(JobT job, long timestamp) {
        this.project = job;
    }

    public JobT getParent() {
        return project;
    }

    public int getNumber() {
        return number;
    }

    public Result getResult() {
        return result;
    }

    public void setResult(Result r) {
        if (r != null && (result == null || r.isWorseThan(result))) {
            result = r;
        }
    }

    /** As the real one in {@code Run}: none; job types with build history override it. */
    public RunT getPreviousBuild() {
        return null;
    }

    public String getExternalizableId() {
        return project.getFullName() + "#" + getNumber();
    }

    /** Stand-in behaviour: only what {@link EnvironmentContributingAction}s of this build contribute. */
    public EnvVars getEnvironment(TaskListener listener) throws IOException, InterruptedException {
        EnvVars env = new EnvVars();
        for (EnvironmentContributingAction a : getActions(EnvironmentContributingAction.class)) {
            a.buildEnvironment(this, env);
        }
        return env;
    }

    public String getUrl() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public String getDisplayName() {
        return "#" + number;
    }

    @Override
    public File getRootDir() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Deprecated
    public File getArtifactsDir() {
        return new File(getRootDir(), "archive");
    }

    public final synchronized ArtifactManager pickArtifactManager() throws IOException {
        return new StandardArtifactManager(this);
    }

    @Override
    public void addAction(Action a) {
        super.addAction(a);
        if (a instanceof RunAction2) {
            ((RunAction2) a).onAttached(this);
        }
    }

    @Override
    public int compareTo(RunT that) {
        return this.number - that.number;
    }

    @Override
    public synchronized void save() throws IOException {
        // stand-in: builds are not persisted
    }
}
