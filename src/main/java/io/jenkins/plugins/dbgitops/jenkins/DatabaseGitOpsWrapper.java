package io.jenkins.plugins.dbgitops.jenkins;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.console.ConsoleLogFilter;
import hudson.model.AbstractProject;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.security.ACL;
import hudson.tasks.BuildWrapperDescriptor;
import hudson.util.ListBoxModel;
import hudson.util.Secret;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import jenkins.tasks.SimpleBuildWrapper;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * "Database GitOps": binds database credentials for the build (masked in the console) and, when the wrapped block
 * ends, reviews the migrations on pull-request builds ({@code CHANGE_ID} set).
 */
public class DatabaseGitOpsWrapper extends SimpleBuildWrapper {
    static final String USER_VARIABLE = "DBGITOPS_DB_USER";
    static final String PASSWORD_VARIABLE = "DBGITOPS_DB_PASSWORD";

    private String credentialsId = "";
    private String path = "";
    private String dialect = "";
    private String failOn = FieldDefaults.FAIL_ON;
    private String mainBranch = FieldDefaults.MAIN_BRANCH;
    private String config = FieldDefaults.CONFIG;
    private boolean releaseOnMainBranch = true;

    @DataBoundConstructor
    public DatabaseGitOpsWrapper() {
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = credentialsId == null ? "" : credentialsId.trim();
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

    public String getMainBranch() {
        return mainBranch;
    }

    @DataBoundSetter
    public void setMainBranch(String mainBranch) {
        this.mainBranch = FieldDefaults.orDefault(mainBranch, FieldDefaults.MAIN_BRANCH);
    }

    public String getConfig() {
        return config;
    }

    @DataBoundSetter
    public void setConfig(String config) {
        this.config = FieldDefaults.orDefault(config, FieldDefaults.CONFIG);
    }

    public boolean isReleaseOnMainBranch() {
        return releaseOnMainBranch;
    }

    @DataBoundSetter
    public void setReleaseOnMainBranch(boolean releaseOnMainBranch) {
        this.releaseOnMainBranch = releaseOnMainBranch;
    }

    /**
     * XStream builds the wrapper from {@code config.xml} without running its initialisers: a job saved before a field
     * existed gets null there, so the defaults are set again here.
     */
    protected Object readResolve() {
        config = FieldDefaults.orDefault(config, FieldDefaults.CONFIG);
        credentialsId = FieldDefaults.trimmed(credentialsId);
        path = FieldDefaults.trimmed(path);
        dialect = FieldDefaults.trimmed(dialect);
        failOn = FieldDefaults.failOn(failOn);
        mainBranch = FieldDefaults.orDefault(mainBranch, FieldDefaults.MAIN_BRANCH);
        return this;
    }

    @Override
    public void setUp(Context context, Run<?, ?> build, FilePath workspace, Launcher launcher, TaskListener listener,
            EnvVars initialEnvironment) throws IOException, InterruptedException {
        if (!credentialsId.isEmpty()) {
            StandardUsernamePasswordCredentials login = lookup(build);
            context.env(USER_VARIABLE, login.getUsername());
            context.env(PASSWORD_VARIABLE, login.getPassword().getPlainText());
            listener.getLogger().println("[dbgitops] bound credentials '" + credentialsId + "' to " + USER_VARIABLE
                    + " and " + PASSWORD_VARIABLE);
        }
        boolean pullRequest = initialEnvironment.get("CHANGE_ID") != null;
        boolean release = releaseOnMainBranch && !pullRequest
                && mainBranch.equals(GitOrigin.from(initialEnvironment).branch());
        context.setDisposer(new EndOfBuild(new ReviewOptions(path, dialect, null, FailOn.parse(failOn), true, false,
                "", config),
                release ? new ReleaseOptions(config, "", false) : null, pullRequest));
    }

    @Override
    public ConsoleLogFilter createLoggerDecorator(Run<?, ?> build) {
        if (credentialsId.isEmpty()) {
            return null;
        }
        try {
            StandardUsernamePasswordCredentials login = lookup(build);
            List<Secret> secrets = new ArrayList<>();
            secrets.add(login.getPassword());
            return new MaskingLogFilter(secrets);
        } catch (AbortException e) {
            return null; // setUp reports the missing credentials
        }
    }

    private StandardUsernamePasswordCredentials lookup(Run<?, ?> build) throws AbortException {
        StandardUsernamePasswordCredentials login = CredentialsProvider.findCredentialById(credentialsId,
                StandardUsernamePasswordCredentials.class, build, List.of());
        if (login == null) {
            throw new AbortException("No username/password credentials with id '" + credentialsId
                    + "' are visible to this job; add them under Manage Jenkins > Credentials or fix the id.");
        }
        return login;
    }

    /** Runs at the end of the wrapped block: review on pull-request builds, a release on the main branch. */
    static final class EndOfBuild extends Disposer {
        private static final long serialVersionUID = 1L;
        private final ReviewOptions review;
        private final ReleaseOptions release;
        private final boolean pullRequest;

        EndOfBuild(ReviewOptions review, ReleaseOptions release, boolean pullRequest) {
            this.review = review;
            this.release = release;
            this.pullRequest = pullRequest;
        }

        @Override
        public void tearDown(Run<?, ?> build, FilePath workspace, Launcher launcher, TaskListener listener)
                throws IOException, InterruptedException {
            if (pullRequest) {
                ReviewRunner.Outcome outcome = ReviewRunner.run(review, build, workspace,
                        build.getEnvironment(listener), listener);
                if (outcome.result() != null) {
                    build.setResult(outcome.result());
                }
            } else if (release != null) {
                // ReleaseAction exports DBGITOPS_RELEASE_ID and DBGITOPS_RELEASE_FILE to what runs after the block
                ReleaseRunner.run(release, build, workspace, build.getEnvironment(listener), launcher, listener);
            }
        }
    }

    @Extension
    @Symbol("withDatabaseGitOps")
    public static class DescriptorImpl extends BuildWrapperDescriptor {
        public DescriptorImpl() {
            SharedHelp.WRAPPER.forEach(field -> addHelpFileRedirect(field, SqlReviewStep.class, field));
        }

        @Override
        public boolean isApplicable(AbstractProject<?, ?> item) {
            return true;
        }

        @Override
        public String getDisplayName() {
            return "Database GitOps";
        }

        /** Lists username/password credentials only to users who may configure the job. */
        @POST
        public ListBoxModel doFillCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String credentialsId) {
            StandardListBoxModel result = new StandardListBoxModel();
            if (item == null || !item.hasPermission(Item.CONFIGURE)) {
                // keep the saved id so saving the form does not drop it, but reveal nothing else
                result.includeCurrentValue(credentialsId == null ? "" : credentialsId);
                return result;
            }
            result.includeEmptyValue();
            result.includeAs(ACL.SYSTEM2, item, StandardUsernamePasswordCredentials.class, List.of());
            return result;
        }
    }
}
