package io.jenkins.plugins.dbgitops.jenkins;

import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.AbstractProject;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import hudson.model.Item;
import hudson.util.FormValidation;
import java.io.IOException;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** Freestyle "Database rollout" build step, with the options of {@code dbRollout}. */
public class DbRolloutBuilder extends Builder implements SimpleBuildStep {
    private final String release;
    private final String environment;
    private String config = FieldDefaults.CONFIG;
    private String releaseDirectory = ReleaseRunner.DEFAULT_OUTPUT;
    private boolean dryRun;
    private String shard = "";

    @DataBoundConstructor
    public DbRolloutBuilder(String release, String environment) {
        this.release = Options.required(release, "release");
        this.environment = Options.required(environment, "environment");
    }

    public String getRelease() {
        return release;
    }

    public String getEnvironment() {
        return environment;
    }

    public String getConfig() {
        return config;
    }

    @DataBoundSetter
    public void setConfig(String config) {
        this.config = FieldDefaults.orDefault(config, FieldDefaults.CONFIG);
    }

    public String getReleaseDirectory() {
        return releaseDirectory;
    }

    @DataBoundSetter
    public void setReleaseDirectory(String releaseDirectory) {
        this.releaseDirectory = FieldDefaults.orDefault(releaseDirectory, ReleaseRunner.DEFAULT_OUTPUT);
    }

    public boolean isDryRun() {
        return dryRun;
    }

    @DataBoundSetter
    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    /** {@code k/n}: deploy only that share of the environment's targets (split a large group over agents). */
    public String getShard() {
        return shard;
    }

    @DataBoundSetter
    public void setShard(String shard) {
        this.shard = FieldDefaults.trimmed(shard);
    }

    /**
     * XStream builds the builder from {@code config.xml} without running its initialisers: a job saved before a field
     * existed gets null there, so the defaults are set again here.
     */
    protected Object readResolve() {
        config = FieldDefaults.orDefault(config, FieldDefaults.CONFIG);
        releaseDirectory = FieldDefaults.orDefault(releaseDirectory, ReleaseRunner.DEFAULT_OUTPUT);
        shard = FieldDefaults.trimmed(shard);
        return this;
    }

    @Override
    public void perform(Run<?, ?> run, FilePath workspace, EnvVars env, Launcher launcher, TaskListener listener)
            throws InterruptedException, IOException {
        RolloutOptions options = new RolloutOptions(config, env.expand(environment), env.expand(release),
                releaseDirectory, null, null, dryRun, Options.shard(env.expand(shard)));
        Result result = RolloutStepRunner.run(options, run, workspace, env, launcher, listener, new JenkinsUserGroups());
        if (result != null) {
            run.setResult(result);
        }
    }

    @Extension
    @Symbol("dbgitopsRollout")
    public static class DescriptorImpl extends BuildStepDescriptor<Builder> {
        public DescriptorImpl() {
            SharedHelp.ROLLOUT.forEach(field -> addHelpFileRedirect(field, DbRolloutStep.class, field));
            addHelpFileRedirect(SharedHelp.CONFIG, DbReleaseStep.class, SharedHelp.CONFIG);
        }

        @Override
        @SuppressWarnings("rawtypes")
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @Override
        public String getDisplayName() {
            return "Database rollout";
        }

        @POST
        public FormValidation doCheckEnvironment(@AncestorInPath Item item, @QueryParameter String value) {
            return !FormChecks.mayConfigure(item) ? FormValidation.ok() : FormChecks.required(value, "the environment, as named in dbgitops.yaml");
        }

        @POST
        public FormValidation doCheckRelease(@AncestorInPath Item item, @QueryParameter String value) {
            return !FormChecks.mayConfigure(item) ? FormValidation.ok() : FormChecks.required(value, "a release id or the path of a release archive");
        }
    }
}
