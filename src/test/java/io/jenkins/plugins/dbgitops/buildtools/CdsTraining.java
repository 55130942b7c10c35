package io.jenkins.plugins.dbgitops.buildtools;

import io.jenkins.plugins.dbgitops.testing.EmbeddedDatabases;
import io.jenkins.plugins.dbgitops.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes the class-data-sharing archive {@code bin/dbgitops} starts with: one {@code migrate} of the examples by the
 * shaded jar, as a user starts it, against the tests' embedded PostgreSQL 17, with
 * {@code -XX:ArchiveClassesAtExit}. A run that reaches a database puts the driver's connection, protocol and
 * security classes in the archive, and the history check and file reading; a no-op migrate of 500 files then starts
 * in about 0.5 s instead of 0.7 s (docs/benchmarks.md). Run by the build ({@code pre-integration-test}); when it
 * fails the launcher runs without an archive, a little slower.
 *
 * <p>Arguments: JAR ARCHIVE MIGRATIONS_DIRECTORY.
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path jar = Path.of(args[0]);
        Path archive = Path.of(args[1]);
        Path migrations = Path.of(args[2]);
        Files.deleteIfExists(archive);
        TestDatabase database = EmbeddedDatabases.newPostgresDatabase();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder training = new ProcessBuilder(List.of(java.toString(),
                "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-jar", jar.toString(), "migrate", "--dir", migrations.toString(), "--url", database.url(),
                "--user", database.user(), "--password-env", "DBGITOPS_CDS_PASSWORD"))
                .redirectErrorStream(true).redirectOutput(jar.resolveSibling("cds-training.log").toFile());
        training.environment().put("DBGITOPS_CDS_PASSWORD", database.password());
        Process process = training.start();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0 || !Files.isRegularFile(archive)) {
            process.destroyForcibly();
            System.err.println("CDS training failed (see " + jar.resolveSibling("cds-training.log")
                    + "); bin/dbgitops will start without an archive.");
            System.exit(1);
        }
        System.out.println("CDS archive " + archive + " (" + Files.size(archive) / 1024 + " KiB)");
        System.exit(0); // the embedded server's shutdown hook stops it
    }
}
