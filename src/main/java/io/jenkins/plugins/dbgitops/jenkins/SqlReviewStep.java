package io.jenkins.plugins.dbgitops.jenkins;

import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.util.Map;
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

/**
 * {@code sqlReview(path: 'migrations', policy: 'prod', changedOnly: true, failOn: 'error', publish: true)}, and
 * {@code schemaFrom: 'staging', dryRun: true} to review against a database: reviews on the agent, writes SARIF and JUnit reports, records the findings, comments on the pull request and returns the
 * counts by level.
 */
public class SqlReviewStep extends Step {
    private String path = "";
    private String dialect = "";
    private String failOn = FieldDefaults.FAIL_ON;
    private boolean publish = true;
    private String policy = "";
    private String config = FieldDefaults.CONFIG;
    private boolean changedOnly;
    private String tokenCredentialsId = "";
    private String schemaFrom = "";
    private boolean dryRun;

    @DataBoundConstructor
    public SqlReviewStep() {
    }

    public String getPath() {
        return path;
    }

    @DataBoundSetter
    public void setPath(String path) {
        this.path = FieldDefaults.trimmed(path);
    }

    public String getDialect() {
        return dialect;
    }

    @DataBoundSetter
    public void setDialect(String dialect) {
        this.dialect = FieldDefaults.trimmed(dialect);
    }

    public String getFailOn() {
        return failOn;
    }

    @DataBoundSetter
    public void setFailOn(String failOn) {
        this.failOn = FieldDefaults.failOn(failOn);
    }

    public boolean isPublish() {
        return publish;
    }

    @DataBoundSetter
    public void setPublish(boolean publish) {
        this.publish = publish;
    }

    public String getPolicy() {
        return policy;
    }

    @DataBoundSetter
    public void setPolicy(String policy) {
        this.policy = FieldDefaults.trimmed(policy);
    }

    /** The project configuration whose migrations, engine and review policy the review follows when present. */
    public String getConfig() {
        return config;
    }

    @DataBoundSetter
    public void setConfig(String config) {
        this.config = FieldDefaults.orDefault(config, FieldDefaults.CONFIG);
    }

    public boolean isChangedOnly() {
        return changedOnly;
    }

    @DataBoundSetter
    public void setChangedOnly(boolean changedOnly) {
        this.changedOnly = changedOnly;
    }

    public String getTokenCredentialsId() {
        return tokenCredentialsId;
    }

    @DataBoundSetter
    public void setTokenCredentialsId(String tokenCredentialsId) {
        this.tokenCredentialsId = tokenCredentialsId == null ? "" : tokenCredentialsId.trim();
    }

    /** An environment whose first target the review reads its starting schema from; empty: review.schemaFrom. */
    public String getSchemaFrom() {
        return schemaFrom;
    }

    @DataBoundSetter
    public void setSchemaFrom(String schemaFrom) {
        this.schemaFrom = FieldDefaults.trimmed(schemaFrom);
    }

    /** Whether the files are applied to a throwaway database on review.dryRun's server. */
    public boolean isDryRun() {
        return dryRun;
    }

    @DataBoundSetter
    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new Execution(context, new ReviewOptions(path, dialect, policy, FailOn.parse(failOn), publish,
                changedOnly, tokenCredentialsId, config).withDatabases(schemaFrom, dryRun));
    }

    /** Copies the options into a final field: the step itself is not kept. */
    static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
        private static final long serialVersionUID = 1L;
        private final ReviewOptions options;

        Execution(StepContext context, ReviewOptions options) {
            super(context);
            this.options = options;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            StepContext context = getContext();
            ReviewRunner.Outcome outcome = ReviewRunner.run(options, context.get(Run.class), context.get(FilePath.class),
                    context.get(EnvVars.class), context.get(TaskListener.class));
            Result result = outcome.result();
            if (result != null) {
                context.setResult(result);
            }
            return outcome.summary().countsByLevel();
        }
    }

    @Extension
    @Symbol("sqlReview")
    public static class DescriptorImpl extends StepDescriptor {
        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, FilePath.class, EnvVars.class, TaskListener.class);
        }

        @Override
        public String getFunctionName() {
            return "sqlReview";
        }

        @Override
        public String getDisplayName() {
            return "Review SQL migrations";
        }

        @POST
        public FormValidation doCheckFailOn(@AncestorInPath Item item, @QueryParameter String value) {
            return !FormChecks.mayConfigure(item) ? FormValidation.ok() : FormChecks.failOn(value);
        }

        @POST
        public ListBoxModel doFillTokenCredentialsIdItems(@AncestorInPath Item item,
                @QueryParameter String tokenCredentialsId) {
            return FormChecks.tokenCredentials(item, tokenCredentialsId);
        }

        @POST
        public FormValidation doCheckDialect(@AncestorInPath Item item, @QueryParameter String value) {
            return !FormChecks.mayConfigure(item) ? FormValidation.ok() : FormChecks.dialect(value);
        }
    }
}
