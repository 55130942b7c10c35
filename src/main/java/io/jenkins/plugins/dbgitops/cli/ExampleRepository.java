package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/** The example user repository shipped in the jar ({@code examples/} of the source tree), for the demo. */
final class ExampleRepository {
    private static final String ROOT = "/io/jenkins/plugins/dbgitops/cli/demo/examples";
    private static final String DEMO_CONFIG = "/io/jenkins/plugins/dbgitops/cli/demo/dbgitops-demo.yaml";

    private ExampleRepository() {
    }

    /** Copies the examples into {@code target} with the demo's H2 configuration, and commits them with JGit. */
    static String create(Path target) {
        copyExamples(target);
        try (InputStream config = ExampleRepository.class.getResourceAsStream(DEMO_CONFIG)) {
            if (config == null) {
                throw new IllegalStateException("The demo configuration " + DEMO_CONFIG + " is missing from the jar");
            }
            Files.write(target.resolve("dbgitops.yaml"), config.readAllBytes());
        } catch (IOException e) {
            throw new UserInputException("Cannot write the demo configuration into " + target + ": " + e.getMessage(),
                    e);
        }
        try (Git git = Git.init().setDirectory(target.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            PersonIdent author = new PersonIdent("dbgitops demo", "demo@dbgitops.invalid", Instant.now(),
                    ZoneOffset.UTC);
            return git.commit().setMessage("Shop database migrations").setAuthor(author).setCommitter(author)
                    .setSign(false).call().getId().name();
        } catch (GitAPIException e) {
            throw new UserInputException("Cannot create the demo's git repository in " + target + ": "
                    + e.getMessage(), e);
        }
    }

    private static void copyExamples(Path target) {
        URL marker = ExampleRepository.class.getResource(ROOT + "/dbgitops.yaml");
        if (marker == null) {
            throw new IllegalStateException("The examples are missing from the jar (" + ROOT + ")");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    copyTree(jar.getPath(ROOT), target);
                }
            } else {
                copyTree(Path.of(uri).getParent(), target);
            }
        } catch (IOException | URISyntaxException e) {
            throw new UserInputException("Cannot copy the examples into " + target + ": " + e.getMessage(), e);
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            Path destination = target.resolve(source.relativize(file).toString());
            Files.createDirectories(destination.getParent());
            Files.copy(file, destination);
        }
    }
}
