package io.jenkins.plugins.dbgitops.bench;

import org.flywaydb.core.Flyway;

/**
 * The smallest whole-process Flyway: {@code migrate} through its API, as a user's one-line runner or Flyway's own
 * command line would call it, for {@link StartupBenchmark}. Arguments: URL USER DIRECTORY; the password comes from
 * the environment variable {@code BENCH_PASSWORD}.
 */
public final class FlywayMigrateMain {
    private FlywayMigrateMain() {
    }

    public static void main(String[] args) {
        Flyway.configure().dataSource(args[0], args[1], System.getenv("BENCH_PASSWORD"))
                .locations("filesystem:" + args[2]).load().migrate();
    }
}
