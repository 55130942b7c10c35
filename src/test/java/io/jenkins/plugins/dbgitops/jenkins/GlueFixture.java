package io.jenkins.plugins.dbgitops.jenkins;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.Secret;
import hudson.util.StreamTaskListener;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.testing.EmbeddedDatabases;
import io.jenkins.plugins.dbgitops.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.springframework.security.core.Authentication;

/**
 * A user's repository checked out in a workspace (a real git repository with {@code dbgitops.yaml} and migrations),
 * embedded PostgreSQL databases for three environments, and the build and console around a step.
 */
final class GlueFixture implements AutoCloseable {
    /** The password of the Jenkins credential; the embedded server trusts local connections, so any works. */
    static final String PASSWORD = "Sup3r-S3cret-Pa55";
    static final String CREDENTIALS_ID = "app-db";

    final Path workspace;
    final FakeBuild build;
    final ByteArrayOutputStream console = new ByteArrayOutputStream();
    final TaskListener listener = new StreamTaskListener(console, StandardCharsets.UTF_8);
    final List<TestDatabase> test = new ArrayList<>();
    final List<TestDatabase> staging = new ArrayList<>();
    private final CredentialsProvider provider;

    GlueFixture(Path temp) throws IOException {
        workspace = Files.createDirectories(temp.resolve("workspace"));
        build = new FakeBuild(Files.createDirectories(temp.resolve("build")));
        for (int i = 0; i < 2; i++) {
            test.add(EmbeddedDatabases.create(SqlEngine.POSTGRESQL));
        }
        staging.add(EmbeddedDatabases.create(SqlEngine.POSTGRESQL));
        provider = new StoreOf(new Login(CREDENTIALS_ID, "postgres", PASSWORD));
        hudson.ExtensionList.lookup(CredentialsProvider.class).add(provider);
        writeRepository();
    }

    private void writeRepository() throws IOException {
        StringBuilder yaml = new StringBuilder("migrations: migrations\nengine: postgresql\nenvironments:\n"
                + "  - name: test\n    targets:\n");
        for (int i = 0; i < test.size(); i++) {
            yaml.append("      - name: test-").append(i + 1).append("\n        url: \"").append(test.get(i).url())
                    .append("\"\n        credentials: ").append(CREDENTIALS_ID).append('\n');
        }
        yaml.append("  - name: staging\n    approval: manual\n    approvers: [release-managers, dba-team]\n"
                + "    targets:\n      - name: staging-1\n        url: \"").append(staging.get(0).url())
                .append("\"\n        credentials: ").append(CREDENTIALS_ID).append('\n');
        write("dbgitops.yaml", yaml.toString());
        write("migrations/202501150900_add_user_table.sql",
                "CREATE TABLE app_user (id bigint PRIMARY KEY, name text NOT NULL);\n");
        write("migrations/202501150901_seed_users_dml.sql", "INSERT INTO app_user (id, name) VALUES (1, 'admin');\n");
        try (Git git = Git.init().setDirectory(workspace.toFile()).setInitialBranch("main").call()) {
            git.getRepository().getConfig().setString("remote", "origin", "url", "https://git.example.com/shop/db.git");
            git.getRepository().getConfig().save();
            git.add().addFilepattern(".").call();
            PersonIdent author = new PersonIdent("Dev", "dev@example.invalid", Instant.parse("2025-01-15T09:30:00Z"),
                    ZoneOffset.UTC);
            git.commit().setMessage("migrations").setAuthor(author).setCommitter(author).setSign(false).call();
        } catch (GitAPIException e) {
            throw new IOException("cannot create the test repository", e);
        }
    }

    /** Commits every change of the workspace, as a merged pull request would. */
    void commitAll(String message) throws IOException {
        try (Git git = Git.open(workspace.toFile())) {
            git.add().addFilepattern(".").call();
            PersonIdent author = new PersonIdent("Dev", "dev@example.invalid", Instant.parse("2025-01-16T09:30:00Z"),
                    ZoneOffset.UTC);
            git.commit().setMessage(message).setAuthor(author).setCommitter(author).setSign(false).call();
        } catch (GitAPIException e) {
            throw new IOException("cannot commit in the test repository", e);
        }
    }

    void write(String relative, String content) throws IOException {
        Path file = workspace.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    FakeStepContext context(EnvVars env) {
        return new FakeStepContext()
                .with(FilePath.class, new FilePath(workspace.toFile()))
                .with(TaskListener.class, listener)
                .with(EnvVars.class, env)
                .with(Launcher.class, new Launcher.LocalLauncher(listener))
                .with(Run.class, build);
    }

    String console() {
        listener.getLogger().flush();
        return console.toString(StandardCharsets.UTF_8);
    }

    /** Whether the two migrations ran on a database: the seeded row is there. */
    static boolean migrated(TestDatabase database) throws Exception {
        try (var connection = database.connect(); var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT count(*) FROM information_schema.tables"
                        + " WHERE table_name = 'app_user'")) {
            rows.next();
            return rows.getInt(1) == 1;
        }
    }

    @Override
    public void close() {
        hudson.ExtensionList.lookup(CredentialsProvider.class).remove(provider);
    }

    /** A credentials provider holding fixed credentials, as a credentials store would. */
    static final class StoreOf extends CredentialsProvider {
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

    record Login(String id, String user, String password) implements StandardUsernamePasswordCredentials {
        @Override
        public String getId() {
            return id;
        }

        @Override
        public String getDescription() {
            return "database login";
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
