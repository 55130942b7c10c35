package io.jenkins.plugins.dbgitops.bench;

import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.review.service.ReviewRequest;
import io.jenkins.plugins.dbgitops.engine.review.service.ReviewService;
import io.jenkins.plugins.dbgitops.engine.review.report.ReviewReport;
import io.jenkins.plugins.dbgitops.engine.review.schema.DatabaseReview;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.testing.EmbeddedDatabases;
import io.jenkins.plugins.dbgitops.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The cost of {@code review --dry-run-url} on a pull request of 20 migration files (tables, columns, indexes, data;
 * the last file fails) on the embedded PostgreSQL 17: the embedded server's start, then the review with and without
 * the dry run, cold (first in the JVM) and warm (median of the next rounds). Findings come when the review ends, so
 * the time to the first finding is the review's time. Prints one line per figure. See docs/benchmarks.md.
 */
public final class DryRunBenchmark {

    private DryRunBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Path migrations = pullRequest(files);
        long start = System.nanoTime();
        TestDatabase server = EmbeddedDatabases.create(SqlEngine.POSTGRESQL);
        print("embedded PostgreSQL start", System.nanoTime() - start);
        DatabaseReview dryRun = DatabaseReview.none().withDryRunServer(DatabaseTarget.of(server.url(), server.user(),
                server.password()));
        ReviewRequest offline = ReviewRequest.of(SqlEngine.POSTGRESQL, migrations);
        ReviewRequest withDryRun = offline.withDatabase(dryRun);

        long cold = time(withDryRun, true);
        print("cold review with dry run (" + files + " files), time to first finding = total", cold);
        long[] warm = new long[rounds];
        long[] warmOffline = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            warm[i] = time(withDryRun, true);
            warmOffline[i] = time(offline, false);
        }
        print("warm review with dry run, median of " + rounds, median(warm));
        print("warm review without dry run, median of " + rounds, median(warmOffline));
    }

    private static long time(ReviewRequest request, boolean expectDryRunFinding) {
        long start = System.nanoTime();
        ReviewReport report = ReviewService.withDefaults().review(request);
        long elapsed = System.nanoTime() - start;
        boolean found = report.findings().stream().anyMatch(finding -> finding.ruleId().equals("builtin.dry-run"));
        if (found != expectDryRunFinding) {
            throw new IllegalStateException("The dry run finding is " + (found ? "there" : "missing"));
        }
        return elapsed;
    }

    private static Path pullRequest(int files) throws IOException {
        Path directory = Files.createTempDirectory("dbgitops-dry-run-bench-");
        for (int i = 1; i <= files; i++) {
            String sql = i == files
                    ? "INSERT INTO table_1 (id, amount) VALUES (1, 'not a number');\n"
                    : "CREATE TABLE table_" + i + " (id bigint PRIMARY KEY, name text NOT NULL DEFAULT '',"
                            + " amount bigint);\nCREATE INDEX table_" + i + "_name_idx ON table_" + i + " (name);\n"
                            + "INSERT INTO table_" + i + " (id, name, amount) SELECT g, 'n' || g, g FROM"
                            + " generate_series(1, 100) g;\nALTER TABLE table_" + i + " ADD COLUMN note text;\n";
            Files.writeString(directory.resolve(String.format(Locale.ROOT, "V%03d__change_%d.sql", i, i)), sql);
        }
        return directory;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void print(String name, long nanos) {
        System.out.printf(Locale.ROOT, "%s: %.0f ms%n", name, nanos / 1e6);
    }
}
