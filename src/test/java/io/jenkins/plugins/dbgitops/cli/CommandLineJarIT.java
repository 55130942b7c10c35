package io.jenkins.plugins.dbgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.buildtools.ClassFileUpgrade;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as users run it: the shaded {@code target/dbgitops.jar}, whose picocli classes the build
 * rewrote ({@link ClassFileUpgrade}), started as a process by {@code bin/dbgitops} with its class-data-sharing
 * archive and by plain {@code java -jar}.
 */
class CommandLineJarIT {
    private static final Path JAR = Path.of("target", "dbgitops.jar");

    @TempDir
    Path temp;

    @Test
    void shouldHoldOnlyJava8OrNewerPicocliClassesThatAllLoadAndVerify() throws Exception {
        List<String> names = new ArrayList<>();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            for (JarEntry entry : jar.stream().toList()) {
                if (entry.getName().startsWith("picocli/") && entry.getName().endsWith(".class")) {
                    byte[] classFile = jar.getInputStream(entry).readAllBytes();
                    assertThat(ClassFileUpgrade.version(classFile)).as(entry.getName()).isGreaterThanOrEqualTo(52);
                    names.add(entry.getName().replace('/', '.').replace(".class", ""));
                }
            }
        }
        assertThat(names).hasSizeGreaterThan(100);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {JAR.toUri().toURL()}, null)) {
            for (String name : names) {
                Class.forName(name, true, loader); // links, so a bad frame is a VerifyError here
            }
        }
    }

    @Test
    void shouldRunHelpVersionAndAMigrationFromTheJarWithAndWithoutTheLauncher() throws Exception {
        Path migrations = Files.createDirectories(temp.resolve("migrations"));
        Files.writeString(migrations.resolve("V1__create_items.sql"), "CREATE TABLE items (id INT PRIMARY KEY);\n");
        String url = "jdbc:h2:file:" + temp.resolve("db").toAbsolutePath();
        for (List<String> start : List.of(List.of("bin/dbgitops"), List.of(java(), "-jar", JAR.toString()))) {
            assertThat(run(start, "--version")).contains("dbgitops ");
            assertThat(run(start, "--help")).contains("Usage: dbgitops").contains("migrate").contains("rollout");
            assertThat(run(start, "migrate", "--help")).contains("--url");
            assertThat(run(start, "migrate", "--dir", migrations.toString(), "--url", url))
                    .contains("All 1 target(s) migrated.");
        }
        assertThat(Files.isRegularFile(Path.of("target", "dbgitops.jsa")))
                .as("the class-data-sharing archive the build made").isTrue();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String run(List<String> start, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(start);
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as("%s:%n%s", command, output).isZero();
        return output;
    }
}
