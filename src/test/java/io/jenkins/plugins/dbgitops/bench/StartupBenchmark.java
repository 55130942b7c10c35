package io.jenkins.plugins.dbgitops.bench;

import io.jenkins.plugins.dbgitops.testing.EmbeddedDatabases;
import io.jenkins.plugins.dbgitops.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Whole-process start-up, ours against Flyway's, on the same embedded PostgreSQL: a no-op {@code migrate} of N
 * applied files (each tool applied them once before), and {@code --version}. Every figure is the median of ROUNDS
 * alternating runs, in milliseconds of wall time including JVM start. Arguments: OURS_COMMAND FLYWAY_CLASSPATH
 * [FILES [ROUNDS]], where OURS_COMMAND is how a user starts ours ({@code bin/dbgitops}, or {@code java -jar
 * target/dbgitops.jar}) as one string split on spaces.
 */
public final class StartupBenchmark {
    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        List<String> ours = Arrays.asList(args[0].trim().split(" +"));
        String flywayClasspath = args[1];
        int files = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 7;
        Path directory = MigrationBenchmark.generate(Files.createTempDirectory("dbgitops-startup-"), files);
        TestDatabase oursDb = EmbeddedDatabases.newPostgresDatabase();
        TestDatabase flywayDb = EmbeddedDatabases.newPostgresDatabase();
        List<String> oursMigrate = concat(ours, "migrate", "--dir", directory.toString(), "--url", oursDb.url(),
                "--user", oursDb.user(), "--password-env", "BENCH_PASSWORD");
        List<String> flywayMigrate = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", flywayClasspath, FlywayMigrateMain.class.getName(), flywayDb.url(), flywayDb.user(),
                directory.toString());
        run(oursMigrate, oursDb.password());
        run(flywayMigrate, flywayDb.password());
        System.out.printf(Locale.ROOT, "# %d cores, load %.2f, Java %s, %d rounds, median ms; ours: %s%n",
                Runtime.getRuntime().availableProcessors(), java.lang.management.ManagementFactory
                        .getOperatingSystemMXBean().getSystemLoadAverage(), System.getProperty("java.version"),
                rounds, String.join(" ", ours));
        List<Long> oursTimes = new ArrayList<>();
        List<Long> flywayTimes = new ArrayList<>();
        List<Long> versionTimes = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            oursTimes.add(run(oursMigrate, oursDb.password()));
            flywayTimes.add(run(flywayMigrate, flywayDb.password()));
            versionTimes.add(run(concat(ours, "--version"), ""));
        }
        long oursMedian = median(oursTimes);
        long flywayMedian = median(flywayTimes);
        System.out.printf(Locale.ROOT, "startup_noop_%d: ours=%d flyway=%d ratio=%.2f%n", files, oursMedian,
                flywayMedian, (double) oursMedian / flywayMedian);
        System.out.printf(Locale.ROOT, "startup_version: ours=%d%n", median(versionTimes));
        System.out.printf(Locale.ROOT, "# spread ms: ours=%s flyway=%s version=%s%n", spread(oursTimes),
                spread(flywayTimes), spread(versionTimes));
        System.exit(0);
    }

    /** Runs one process to its end and returns its wall time; a failure stops the benchmark with its output. */
    private static long run(List<String> command, String password) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("BENCH_PASSWORD", password == null ? "" : password);
        long started = System.nanoTime();
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("Failed: " + String.join(" ", command) + "\n" + new String(output));
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String spread(List<Long> values) {
        return values.stream().sorted().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }
}
