package io.jenkins.plugins.dbgitops.jenkins;

import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.model.Item;
import hudson.util.FormValidation;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** {@code dbRollout(release: id, environment: 'staging', config: 'dbgitops.yaml')}. */
public class DbRolloutStep extends Step {
    private final String release;
    private final String environment;
    private String config = FieldDefaults.CONFIG;
    private String releaseDirectory = ReleaseRunner.DEFAULT_OUTPUT;
    private Integer parallel;
    private Boolean failFast;
    private boolean dryRun;
    private String shard = "";

    @DataBoundConstructor
    public DbRolloutStep(String release, String environment) {
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

    public Integer getParallel() {
        return parallel;
    }

    @DataBoundSetter
    public void setParallel(Integer parallel) {
        this.parallel = parallel == null || parallel < 1 ? null : parallel;
    }

    public Boolean getFailFast() {
        return failFast;
    }

    @DataBoundSetter
    public void setFailFast(Boolean failFast) {
        this.failFast = failFast;
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

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new Execution(context,
                new RolloutOptions(config, environment, release, releaseDirectory, parallel, failFast, dryRun,
                        Options.shard(shard)));
    }

    static final class Execution extends SynchronousNonBlockingStepExecution<String> {
        private static final long serialVersionUID = 1L;
        private final RolloutOptions options;

        Execution(StepContext context, RolloutOptions options) {
            super(context);
            this.options = options;
        }

        /** Returns the overall status of the rollout ({@code SUCCESS}, {@code NOTHING_TO_DO} or {@code PARTIAL}). */
        @Override
        protected String run() throws Exception {
            StepContext context = getContext();
            Run<?, ?> run = context.get(Run.class);
            Result result = RolloutStepRunner.run(options, run, context.get(FilePath.class),
                    context.get(EnvVars.class), context.get(Launcher.class), context.get(TaskListener.class),
                    new JenkinsUserGroups());
            if (result != null) {
                context.setResult(result);
            }
            DeploymentAction deployments = run.getAction(DeploymentAction.class);
            return deployments.getDeployments().get(deployments.getDeployments().size() - 1).status();
        }
    }

    @Extension
    @Symbol("dbRollout")
    public static class DescriptorImpl extends StepDescriptor {
        public DescriptorImpl() {
            addHelpFileRedirect(SharedHelp.CONFIG, DbReleaseStep.class, SharedHelp.CONFIG);
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, FilePath.class, EnvVars.class, Launcher.class, TaskListener.class);
        }

        @Override
        public String getFunctionName() {
            return "dbRollout";
        }

        @Override
        public String getDisplayName() {
            return "Deploy a database release";
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
