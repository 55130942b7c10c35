package io.jenkins.plugins.dbgitops.engine.deploy;

import io.jenkins.plugins.dbgitops.engine.config.ProjectConfig;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfigReader;
import io.jenkins.plugins.dbgitops.engine.release.GitProjects;
import io.jenkins.plugins.dbgitops.engine.release.ReleaseGate;
import io.jenkins.plugins.dbgitops.engine.release.ReleasePackager;
import io.jenkins.plugins.dbgitops.engine.release.ReleaseRequest;
import io.jenkins.plugins.dbgitops.engine.release.ReleaseVerifier;
import io.jenkins.plugins.dbgitops.engine.release.VerifiedRelease;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.testing.EmbeddedDatabases;
import io.jenkins.plugins.dbgitops.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Three environments of real databases on one engine: test (two databases), staging (a group of three) and prod
 * (two databases, manual approval by dba-team), with credentials taken from injected environment variables.
 */
final class Landscape {
    static final Map<String, String> VARIABLES = Map.of("DB_USER", "postgres", "DB_PASSWORD", "postgres",
            "MARIA_USER", "root", "MARIA_PASSWORD", "");

    final SqlEngine engine;
    final List<TestDatabase> test = new ArrayList<>();
    final List<TestDatabase> staging = new ArrayList<>();
    final List<TestDatabase> prod = new ArrayList<>();
    final String yaml;

    Landscape(SqlEngine engine) {
        this.engine = engine;
        for (int i = 0; i < 2; i++) {
            test.add(EmbeddedDatabases.create(engine));
            prod.add(EmbeddedDatabases.create(engine));
        }
        for (int i = 0; i < 3; i++) {
            staging.add(EmbeddedDatabases.create(engine));
        }
        String credentials = engine == SqlEngine.POSTGRESQL ? "env:DB_USER:DB_PASSWORD" : "env:MARIA_USER:MARIA_PASSWORD";
        String groupUrl = serverUrl(staging.get(0)) + "{name}";
        StringBuilder text = new StringBuilder();
        text.append("engine: ").append(engine.id()).append('\n')
                .append("environments:\n")
                .append("  - name: test\n")
                .append("    targets:\n");
        for (int i = 0; i < test.size(); i++) {
            text.append("      - name: test-").append(i + 1).append('\n')
                    .append("        url: \"").append(bare(test.get(i))).append("\"\n")
                    .append("        credentials: ").append(credentials).append('\n');
        }
        text.append("  - name: staging\n")
                .append("    approval: manual\n")
                .append("    approvers: [release-managers, dba-team]\n")
                .append("    parallel: 2\n")
                .append("    targets:\n")
                .append("      - url: \"").append(groupUrl).append("\"\n")
                .append("        credentials: ").append(credentials).append('\n')
                .append("        databases: [").append(String.join(", ", staging.stream().map(Landscape::name).toList()))
                .append("]\n");
        text.append("  - name: prod\n")
                .append("    approval: manual\n")
                .append("    approvers: [dba-team]\n")
                .append("    targets:\n");
        for (int i = 0; i < prod.size(); i++) {
            text.append("      - name: prod-").append(i + 1).append('\n')
                    .append("        url: \"").append(bare(prod.get(i))).append("\"\n")
                    .append("        credentials: ").append(credentials).append('\n');
        }
        yaml = text.toString();
    }

    ProjectConfig config(Path file) {
        return new ProjectConfigReader(VARIABLES).parse(yaml, file);
    }

    /** A verified release of the given migrations, packaged from a real git repository below {@code temp}. */
    VerifiedRelease release(Path temp, String label, Map<String, String> migrations) {
        String configuration = "engine: " + engine.id() + "\n";
        Path repository = GitProjects.create(temp.resolve("repo-" + label), configuration, migrations);
        Path archive = new ReleasePackager(ReleaseGate.NONE).build(GitProjects.config(repository),
                ReleaseRequest.at(Instant.now()).withIdTemplate(label + "-{shortCommit}"), temp.resolve("releases"))
                .archive();
        return ReleaseVerifier.verify(archive);
    }

    static String name(TestDatabase database) {
        String withoutParameters = database.url().split("\\?", 2)[0];
        return withoutParameters.substring(withoutParameters.lastIndexOf('/') + 1);
    }

    private static String serverUrl(TestDatabase database) {
        String withoutParameters = database.url().split("\\?", 2)[0];
        return withoutParameters.substring(0, withoutParameters.lastIndexOf('/') + 1);
    }

    /** The URL without user or password parameters: those come from the credentials reference. */
    private static String bare(TestDatabase database) {
        return database.url().split("\\?", 2)[0];
    }
}
