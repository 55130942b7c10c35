package io.jenkins.plugins.dbgitops.engine.release;

import io.jenkins.plugins.dbgitops.engine.config.ProjectConfig;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfigReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;

/** Real git repositories with a {@code dbgitops.yaml} and migrations, for release tests. */
public final class GitProjects {
    public static final String CONFIG = """
            migrations: migrations
            engine: postgresql
            environments:
              - name: test
                targets:
                  - url: jdbc:postgresql://localhost/app
            """;

    private GitProjects() {
    }

    /** A repository on branch {@code main} with an {@code origin} remote, the files committed. */
    public static Path create(Path directory, Map<String, String> migrations) {
        return create(directory, CONFIG, migrations);
    }

    /** A repository with the given {@code dbgitops.yaml}. */
    public static Path create(Path directory, String configuration, Map<String, String> migrations) {
        try (Git git = Git.init().setDirectory(directory.toFile()).setInitialBranch("main").call()) {
            write(directory.resolve(ProjectConfig.DEFAULT_FILE_NAME), configuration);
            for (Map.Entry<String, String> migration : migrations.entrySet()) {
                write(directory.resolve("migrations").resolve(migration.getKey()), migration.getValue());
            }
            StoredConfig config = git.getRepository().getConfig();
            config.setString("remote", "origin", "url", "https://deployer:t0ken@git.example.com/shop/db.git");
            config.save();
            commit(git, "Initial migrations");
            return directory;
        } catch (IOException | GitAPIException e) {
            throw new IllegalStateException("Cannot create a test repository in " + directory, e);
        }
    }

    /** Commits every change of the working tree. */
    public static String commitAll(Path directory, String message) {
        try (Git git = Git.open(directory.toFile())) {
            return commit(git, message);
        } catch (IOException | GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String commit(Git git, String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        PersonIdent author = new PersonIdent("Test", "test@example.invalid",
                Instant.parse("2025-01-15T09:30:00Z"), ZoneOffset.UTC);
        return git.commit().setMessage(message).setAuthor(author).setCommitter(author).setSign(false).call()
                .getId().name();
    }

    public static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ProjectConfig config(Path repository) {
        return new ProjectConfigReader(Map.of()).read(repository.resolve(ProjectConfig.DEFAULT_FILE_NAME));
    }

}
