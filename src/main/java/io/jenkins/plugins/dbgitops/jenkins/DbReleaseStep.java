package io.jenkins.plugins.dbgitops.jenkins;

import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.util.Set;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** {@code dbRelease(config: 'dbgitops.yaml')}: packages and archives a release, returns its id. */
public class DbReleaseStep extends Step {
    private String config = FieldDefaults.CONFIG;
    private String idTemplate = "";
    private boolean allowReviewErrors;

    @DataBoundConstructor
    public DbReleaseStep() {
    }

    public String getConfig() {
        return config;
    }

    @DataBoundSetter
    public void setConfig(String config) {
        this.config = FieldDefaults.orDefault(config, FieldDefaults.CONFIG);
    }

    public String getIdTemplate() {
        return idTemplate;
    }

    @DataBoundSetter
    public void setIdTemplate(String idTemplate) {
        this.idTemplate = idTemplate == null ? "" : idTemplate.trim();
    }

    public boolean isAllowReviewErrors() {
        return allowReviewErrors;
    }

    @DataBoundSetter
    public void setAllowReviewErrors(boolean allowReviewErrors) {
        this.allowReviewErrors = allowReviewErrors;
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new Execution(context, new ReleaseOptions(config, idTemplate, allowReviewErrors));
    }

    static final class Execution extends SynchronousNonBlockingStepExecution<String> {
        private static final long serialVersionUID = 1L;
        private final ReleaseOptions options;

        Execution(StepContext context, ReleaseOptions options) {
            super(context);
            this.options = options;
        }

        @Override
        protected String run() throws Exception {
            StepContext context = getContext();
            return ReleaseRunner.run(options, context.get(Run.class), context.get(FilePath.class),
                    context.get(EnvVars.class), context.get(Launcher.class), context.get(TaskListener.class)).id();
        }
    }

    @Extension
    @Symbol("dbRelease")
    public static class DescriptorImpl extends StepDescriptor {
        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, FilePath.class, EnvVars.class, Launcher.class, TaskListener.class);
        }

        @Override
        public String getFunctionName() {
            return "dbRelease";
        }

        @Override
        public String getDisplayName() {
            return "Package a database release";
        }
    }
}
