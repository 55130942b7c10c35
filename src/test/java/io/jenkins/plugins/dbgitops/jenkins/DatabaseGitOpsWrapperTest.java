package io.jenkins.plugins.dbgitops.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import hudson.EnvVars;
import hudson.ExtensionList;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Item;
import hudson.model.Result;
import hudson.util.Secret;
import hudson.util.StreamTaskListener;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jenkins.tasks.SimpleBuildWrapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.core.Authentication;

class DatabaseGitOpsWrapperTest {
    private static final String PASSWORD = "s3cr3t-Pa55";

    @TempDir
    Path temp;

    private final CredentialsProvider provider = new StoreOf(new Login("db-test", "app", PASSWORD));

    @BeforeEach
    void registerCredentials() {
        ExtensionList.lookup(CredentialsProvider.class).add(provider);
    }

    @AfterEach
    void unregisterCredentials() {
        ExtensionList.lookup(CredentialsProvider.class).remove(provider);
    }

    @Test
    void shouldBindTheCredentialsAndMaskThePasswordInTheConsole() throws Exception {
        // Given a wrapper bound to credentials, and a console decorated as Jenkins decorates it
        FakeBuild build = new FakeBuild(Files.createDirectories(temp.resolve("build")));
        DatabaseGitOpsWrapper wrapper = new DatabaseGitOpsWrapper();
        wrapper.setCredentialsId("db-test");
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        OutputStream masked = wrapper.createLoggerDecorator(build).decorateLogger(build, raw);
        StreamTaskListener listener = new StreamTaskListener(masked, StandardCharsets.UTF_8);
        SimpleBuildWrapper.Context context = wrapper.createContext();

        // When the wrapper sets up and the build prints the variable (as a careless script would)
        wrapper.setUp(context, build, new FilePath(Files.createDirectories(temp.resolve("ws")).toFile()),
                new Launcher.LocalLauncher(listener), listener, new EnvVars());
        PrintStream log = listener.getLogger();
        log.println("connecting with " + context.getEnv().get(DatabaseGitOpsWrapper.PASSWORD_VARIABLE));
        log.flush();

        // Then the variables are bound and the password never reaches the console
        assertThat(context.getEnv()).containsEntry(DatabaseGitOpsWrapper.USER_VARIABLE, "app")
                .containsEntry(DatabaseGitOpsWrapper.PASSWORD_VARIABLE, PASSWORD);
        String console = raw.toString(StandardCharsets.UTF_8);
        assertThat(console).doesNotContain(PASSWORD).contains("connecting with " + SecretMaskingOutputStream.MASK);
    }

    @Test
    void shouldReviewAtTheEndOfAPullRequestBuild() throws Exception {
        // Given a pull-request build (CHANGE_ID) with a migration that fails review
        Path workspace = Workspaces.withTableWithoutPrimaryKey(Files.createDirectories(temp.resolve("ws")));
        FakeBuild build = new FakeBuild(Files.createDirectories(temp.resolve("build")));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        StreamTaskListener listener = new StreamTaskListener(console, StandardCharsets.UTF_8);
        DatabaseGitOpsWrapper wrapper = new DatabaseGitOpsWrapper();
        SimpleBuildWrapper.Context context = wrapper.createContext();
        FilePath ws = new FilePath(workspace.toFile());
        Launcher launcher = new Launcher.LocalLauncher(listener);

        // When the wrapped block ends
        wrapper.setUp(context, build, ws, launcher, listener, new EnvVars("CHANGE_ID", "42", "BRANCH_NAME", "PR-42"));
        context.getDisposer().tearDown(build, ws, launcher, listener);

        // Then the review ran and failed the build
        assertThat(build.getAction(ReviewAction.class)).isNotNull();
        assertThat(build.getResult()).isEqualTo(Result.FAILURE);
    }

    @Test
    void shouldPackageAReleaseAtTheEndOfAMainBranchBuildAndExportIt() throws Exception {
        try (GlueFixture fixture = new GlueFixture(temp.resolve("main"))) {
            // Given the wrapper around a build of main
            DatabaseGitOpsWrapper wrapper = new DatabaseGitOpsWrapper();
            SimpleBuildWrapper.Context context = wrapper.createContext();
            FilePath ws = new FilePath(fixture.workspace.toFile());
            Launcher launcher = new Launcher.LocalLauncher(fixture.listener);

            // When the wrapped block ends
            wrapper.setUp(context, fixture.build, ws, launcher, fixture.listener, new EnvVars("BRANCH_NAME", "main"));
            context.getDisposer().tearDown(fixture.build, ws, launcher, fixture.listener);

            // Then a release was packaged and its id and file are exported to the rest of the build
            ReleaseAction release = fixture.build.getAction(ReleaseAction.class);
            assertThat(release).isNotNull();
            EnvVars env = fixture.build.getEnvironment(fixture.listener);
            assertThat(env).containsEntry("DBGITOPS_RELEASE_ID", release.getRelease().id());
            assertThat(fixture.workspace.resolve(env.get("DBGITOPS_RELEASE_FILE"))).isRegularFile();
        }
    }

    @Test
    void shouldNotReviewOnABranchBuild() throws Exception {
        Path workspace = Workspaces.withTableWithoutPrimaryKey(Files.createDirectories(temp.resolve("ws")));
        FakeBuild build = new FakeBuild(Files.createDirectories(temp.resolve("build")));
        StreamTaskListener listener = new StreamTaskListener(new ByteArrayOutputStream(), StandardCharsets.UTF_8);
        DatabaseGitOpsWrapper wrapper = new DatabaseGitOpsWrapper();
        SimpleBuildWrapper.Context context = wrapper.createContext();
        FilePath ws = new FilePath(workspace.toFile());

        wrapper.setUp(context, build, ws, new Launcher.LocalLauncher(listener), listener, new EnvVars("BRANCH_NAME", "feature"));
        context.getDisposer().tearDown(build, ws, new Launcher.LocalLauncher(listener), listener);

        assertThat(build.getAction(ReviewAction.class)).isNull();
        assertThat(build.getResult()).isNull();
    }

    @Test
    void shouldOfferNoCredentialsToUsersWhoCannotConfigureTheJob() {
        Item readOnly = new FakeBuild.FakeJob() {
            @Override
            public boolean hasPermission(hudson.security.Permission permission) {
                return false;
            }
        };

        assertThat(new DatabaseGitOpsWrapper.DescriptorImpl().doFillCredentialsIdItems(readOnly, "db-test"))
                .extracting(o -> o.value).containsExactly("db-test");
    }

    /** A credentials provider holding fixed credentials, as a store would. */
    private static final class StoreOf extends CredentialsProvider {
        private final List<Credentials> credentials;

        StoreOf(Credentials... credentials) {
            this.credentials = List.of(credentials);
        }

        @Override
        public <C extends Credentials> List<C> getCredentialsInItem(Class<C> type, Item item,
                Authentication authentication, List<DomainRequirement> domainRequirements) {
            return credentials.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    private record Login(String id, String user, String password) implements StandardUsernamePasswordCredentials {
        @Override
        public String getId() {
            return id;
        }

        @Override
        public String getDescription() {
            return "test login";
        }

        @Override
        public String getUsername() {
            return user;
        }

        @Override
        public Secret getPassword() {
            return Secret.fromString(password);
        }
    }
}
