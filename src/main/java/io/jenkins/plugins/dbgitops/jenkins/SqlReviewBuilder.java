package io.jenkins.plugins.dbgitops.jenkins;

import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.AbstractProject;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.io.IOException;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** Freestyle "SQL review" build step, with the options of {@code sqlReview}. */
public class SqlReviewBuilder extends Builder implements SimpleBuildStep {
    private String path = "";
    private String dialect = "";
    private String failOn = FieldDefaults.FAIL_ON;
    private String policy = "";
    private String config = FieldDefaults.CONFIG;
    private boolean changedOnly;
    private String tokenCredentialsId = "";
    private String schemaFrom = "";
    private boolean dryRun;

    @DataBoundConstructor
    public SqlReviewBuilder() {
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

    /**
     * XStream builds the builder from {@code config.xml} without running its initialisers: a job saved before a field
     * existed gets null there, so the defaults are set again here.
     */
    protected Object readResolve() {
        config = FieldDefaults.orDefault(config, FieldDefaults.CONFIG);
        path = FieldDefaults.trimmed(path);
        dialect = FieldDefaults.trimmed(dialect);
        policy = FieldDefaults.trimmed(policy);
        tokenCredentialsId = FieldDefaults.trimmed(tokenCredentialsId);
        schemaFrom = FieldDefaults.trimmed(schemaFrom);
        failOn = FieldDefaults.failOn(failOn);
        return this;
    }

    @Override
    public void perform(Run<?, ?> run, FilePath workspace, EnvVars env, Launcher launcher, TaskListener listener)
            throws InterruptedException, IOException {
        ReviewRunner.Outcome outcome = ReviewRunner.run(new ReviewOptions(env.expand(path), dialect, policy,
                FailOn.parse(failOn), true, changedOnly, tokenCredentialsId, config).withDatabases(schemaFrom, dryRun),
                run, workspace, env, listener);
        if (outcome.result() != null) {
            run.setResult(outcome.result());
        }
    }

    @Extension
    @Symbol("dbgitopsReview")
    public static class DescriptorImpl extends BuildStepDescriptor<Builder> {
        public DescriptorImpl() {
            SharedHelp.REVIEW.forEach(field -> addHelpFileRedirect(field, SqlReviewStep.class, field));
        }

        @Override
        @SuppressWarnings("rawtypes")
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @Override
        public String getDisplayName() {
            return "SQL review";
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
