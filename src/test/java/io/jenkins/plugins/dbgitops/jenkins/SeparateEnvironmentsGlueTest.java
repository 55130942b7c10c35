package io.jenkins.plugins.dbgitops.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.util.StreamTaskListener;
import io.jenkins.plugins.dbgitops.testing.EmbeddedDatabases;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.jenkinsci.plugins.workflow.support.steps.input.ApproverAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The Jenkins steps in the shape of a real deployment: test, staging and prod each with its own database, login and
 * Jenkins credentials id; prod promoted in a later build while staging's database refuses every login and its
 * credentials are gone; approvals by group while the build runs as a non-admin user; a fleet split into shards.
 */
class SeparateEnvironmentsGlueTest {
    private static final String[] ENVIRONMENTS = {"test", "staging", "prod"};

    @TempDir
    Path temp;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, String> passwords = new HashMap<>();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final TaskListener listener = new StreamTaskListener(console, StandardCharsets.UTF_8);
    private CredentialsProvider store;

    @AfterEach
    void removeStore() {
        if (store != null) {
            hudson.ExtensionList.lookup(CredentialsProvider.class).remove(store);
        }
    }

    private void useStore(String... environments) {
        removeStore();
        store = new GlueFixture.StoreOf(Arrays.stream(environments)
                .map(env -> new GlueFixture.Login(credentialsId(env), role(env), passwords.get(env)))
                .toArray(GlueFixture.Login[]::new));
        hudson.ExtensionList.lookup(CredentialsProvider.class).add(store);
    }

    private String role(String environment) {
        return "glue_" + environment + "_" + run;
    }

    private static String credentialsId(String environment) {
        return environment + "-db-login";
    }

    private String url(String environment) {
        return "jdbc:postgresql://localhost:" + EmbeddedDatabases.postgresPort() + "/glue_" + environment + "_" + run;
    }

    private static void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:"
                + EmbeddedDatabases.postgresPort() + "/postgres", "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private boolean migrated(String environment) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(environment), "postgres", "postgres");
                ResultSet tables = connection.getMetaData().getTables(null, "public", "app_user", null)) {
            return tables.next();
        }
    }

    private Path workspace(String yaml) throws Exception {
        Path workspace = Files.createDirectories(temp.resolve("workspace"));
        Files.writeString(workspace.resolve("dbgitops.yaml"), yaml);
        Files.createDirectories(workspace.resolve("migrations"));
        Files.writeString(workspace.resolve("migrations/202501150900_add_user_table.sql"),
                "CREATE TABLE app_user (id bigint PRIMARY KEY, name text NOT NULL);\n");
        try (Git git = Git.init().setDirectory(workspace.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            PersonIdent author = new PersonIdent("Dev", "dev@example.invalid", Instant.parse("2025-01-15T09:30:00Z"),
                    ZoneOffset.UTC);
            git.commit().setMessage("migrations").setAuthor(author).setCommitter(author).setSign(false).call();
        }
        return workspace;
    }

    private String environments() throws SQLException {
        StringBuilder yaml = new StringBuilder("engine: postgresql\nenvironments:\n");
        for (String environment : ENVIRONMENTS) {
            String password = environment + "-Pa55-" + UUID.randomUUID();
            passwords.put(environment, password);
            admin("CREATE ROLE " + role(environment) + " LOGIN PASSWORD '" + password + "'");
            admin("CREATE DATABASE glue_" + environment + "_" + run + " OWNER " + role(environment));
            yaml.append("  - name: ").append(environment).append('\n')
                    .append(environment.equals("test") ? "" : "    approval: manual\n    approvers: [dba-team]\n")
                    .append("    targets:\n      - name: ").append(environment).append("-db\n        url: ")
                    .append(url(environment)).append("\n        credentials: ").append(credentialsId(environment))
                    .append('\n');
        }
        return yaml.toString();
    }

    private FakeStepContext context(FakeBuild build, Path workspace) {
        return new FakeStepContext().with(FilePath.class, new FilePath(workspace.toFile()))
                .with(TaskListener.class, listener).with(EnvVars.class, new EnvVars("BRANCH_NAME", "main"))
                .with(Launcher.class, new Launcher.LocalLauncher(listener)).with(Run.class, build);
    }

    private static String release(FakeStepContext context) throws Exception {
        new DbReleaseStep().start(context).start();
        assertThat(context.failure).isNull();
        return (String) context.returned;
    }

    private static FakeStepContext rollout(FakeStepContext context, String release, String environment,
            String shard) throws Exception {
        DbRolloutStep step = new DbRolloutStep(release, environment);
        step.setShard(shard);
        step.start(context).start();
        return context;
    }

    /** A realm whose look-up answers only the system, as {@code User.getAuthorities()} answers only admins. */
    private static Function<String, Collection<String>> realmAnsweringOnlyTheSystem(List<String> askedAs) {
        return user -> {
            Authentication asking = SecurityContextHolder.getContext().getAuthentication();
            askedAs.add(asking == null ? "anonymous" : asking.getName());
            return asking == ACL.SYSTEM2 && user.equals("carol") ? List.of("dba-team") : List.of();
        };
    }

    @Test
    void shouldPromoteToProdInALaterBuildFromRecordsWhileStagingIsDownAndItsCredentialsGone() throws Exception {
        Path workspace = workspace(environments());
        List<String> askedAs = new ArrayList<>();
        Authentication builder = new UsernamePasswordAuthenticationToken("builder", null, List.of());
        FakeBuild first = new FakeBuild(Files.createDirectories(temp.resolve("build1")));
        FakeBuild second = new FakeBuild(Files.createDirectories(temp.resolve("build2")), first);
        String id;
        try (ACLContext asBuilder = ACL.as2(builder)) {
            // build 1 holds test's and staging's logins; carol (in dba-team) approves staging
            useStore("test", "staging");
            id = release(context(first, workspace));
            FakeStepContext test = rollout(context(first, workspace), id, "test", null);
            first.addAction(new ApproverAction("carol"));
            hudson.model.Result stagingResult = RolloutStepRunner.run(new RolloutOptions("dbgitops.yaml", "staging",
                    id, "target/dbgitops/releases", null, null, false, null), first, new FilePath(workspace.toFile()),
                    new EnvVars(), new Launcher.LocalLauncher(listener), listener,
                    new JenkinsUserGroups(realmAnsweringOnlyTheSystem(askedAs)));
            assertThat(test.failure).isNull();
            assertThat(stagingResult).isNull();

            // staging goes dark for the promotion build: no login, no credentials in its store
            admin("ALTER ROLE " + role("staging") + " NOLOGIN");
            useStore("prod");
            second.addAction(new ApproverAction("carol"));
            hudson.model.Result prodResult = RolloutStepRunner.run(new RolloutOptions("dbgitops.yaml", "prod", id,
                    "target/dbgitops/releases", null, null, false, null), second, new FilePath(workspace.toFile()),
                    new EnvVars(), new Launcher.LocalLauncher(listener), listener,
                    new JenkinsUserGroups(realmAnsweringOnlyTheSystem(askedAs)));
            assertThat(prodResult).isNull();
            assertThat(SecurityContextHolder.getContext().getAuthentication()).as("identity restored")
                    .isSameAs(builder);
        }

        assertThat(migrated("test")).isTrue();
        assertThat(migrated("staging")).isTrue();
        assertThat(migrated("prod")).isTrue();
        assertThat(askedAs).containsOnly("SYSTEM").isNotEmpty();
        assertThat(second.getAction(DeploymentAction.class).getDeployments()).singleElement().satisfies(d -> {
            assertThat(d.environment()).isEqualTo("prod");
            assertThat(d.approvedBy()).isEqualTo("carol (member of dba-team)");
            assertThat(d.notes()).anyMatch(note -> note.contains("Promotion check passed")
                    && note.contains(second.getExternalizableId() + " and the 1 build(s) before it"));
        });
        String log = console.toString(StandardCharsets.UTF_8);
        for (String password : passwords.values()) {
            assertThat(log).doesNotContain(password);
        }
    }

    @Test
    void shouldCountAnEnvironmentDoneOnlyWhenEveryShardIs() throws Exception {
        // H2 races when parallel connections create the same missing directory; a real deployment's exists
        String dbs = Files.createDirectories(temp.resolve("h2")).toString().replace('\\', '/');
        Path workspace = workspace("engine: h2\nenvironments:\n  - name: tenants\n    targets:\n"
                + "      - url: \"jdbc:h2:file:" + dbs + "/tenant_{name}\"\n"
                + "        databases: [acme, globex, initech, umbrella, hooli, stark, wayne]\n"
                + "  - name: reporting\n    targets:\n      - name: reports\n        url: \"jdbc:h2:file:" + dbs
                + "/reports\"\n");
        useStore();
        FakeBuild build = new FakeBuild(Files.createDirectories(temp.resolve("build")));
        String id = release(context(build, workspace));

        FakeStepContext firstShard = rollout(context(build, workspace), id, "tenants", "1/2");
        FakeStepContext early = rollout(context(build, workspace), id, "reporting", null);
        FakeStepContext secondShard = rollout(context(build, workspace), id, "tenants", "2/2");
        FakeStepContext reporting = rollout(context(build, workspace), id, "reporting", null);

        assertThat(firstShard.failure).isNull();
        assertThat(secondShard.failure).isNull();
        List<DeploymentSummary> deployments = build.getAction(DeploymentAction.class).getDeployments();
        List<String> one = targets(deployments, "1/2");
        List<String> two = targets(deployments, "2/2");
        assertThat(one).isNotEmpty().doesNotContainAnyElementsOf(two);
        assertThat(Set.copyOf(concat(one, two))).containsExactlyInAnyOrder("acme", "globex", "initech", "umbrella",
                "hooli", "stark", "wayne");
        assertThat(early.failure).hasMessageContaining("cannot go to 'reporting' yet")
                .hasMessageContaining("no successful deployment record");
        assertThat(reporting.failure).as(console.toString(StandardCharsets.UTF_8)).isNull();
    }

    private static List<String> targets(List<DeploymentSummary> deployments, String shard) {
        return deployments.stream().filter(d -> shard.equals(d.shard())).flatMap(d -> d.targets().stream())
                .map(DeploymentSummary.TargetRow::name).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
