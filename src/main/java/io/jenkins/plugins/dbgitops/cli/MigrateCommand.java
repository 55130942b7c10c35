package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationFile;
import io.jenkins.plugins.dbgitops.engine.migrate.ChecksumMismatchPolicy;
import io.jenkins.plugins.dbgitops.engine.migrate.FileResult;
import io.jenkins.plugins.dbgitops.engine.migrate.FileStatus;
import io.jenkins.plugins.dbgitops.engine.migrate.MigrationListener;
import io.jenkins.plugins.dbgitops.engine.migrate.MigrationOptions;
import io.jenkins.plugins.dbgitops.engine.migrate.Migrator;
import io.jenkins.plugins.dbgitops.engine.migrate.ParallelMigrator;
import io.jenkins.plugins.dbgitops.engine.migrate.ProgressListener;
import io.jenkins.plugins.dbgitops.engine.migrate.TargetOutcome;
import io.jenkins.plugins.dbgitops.engine.migrate.TargetResult;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dbgitops migrate}: applies pending migrations to one or many targets, in parallel. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Apply pending migrations to every target (in parallel), tracking them in a history table.")
public final class MigrateCommand extends TargetsCommand {

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "4",
            description = "How many targets at once (default: ${DEFAULT-VALUE}).")
    int parallel;

    @Option(names = "--fail-fast", description = "Start no further target once one has failed.")
    boolean failFast;

    @Option(names = "--allow-checksum-mismatch",
            description = "Only warn when an applied migration's file has changed (default: stop with an error).")
    boolean allowChecksumMismatch;

    @Option(names = "--release-id", paramLabel = "ID", description = "Release id recorded in the history.")
    String releaseId;

    @Option(names = "--commit", paramLabel = "SHA", description = "Commit recorded in the history.")
    String commit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Supplier<List<MigrationFile>> migrations = directory.scanInBackground(err);
        List<DatabaseTarget> targets;
        MigrationOptions options;
        ParallelMigrator migrator;
        try {
            targets = connection.targets();
            options = history.toOptions().withReleaseId(releaseId).withCommitSha(commit)
                    .withChecksumMismatch(allowChecksumMismatch
                            ? ChecksumMismatchPolicy.WARN : ChecksumMismatchPolicy.ERROR);
            migrator = new ParallelMigrator(new Migrator(options), parallel, failFast);
        } catch (RuntimeException e) {
            migrations.get(); // the directory's error first, as when it was read first
            throw e;
        }
        ProgressListener progress = format.json() ? ProgressListener.NONE : (result, finished, total) -> {
            synchronized (out) {
                // errors come once, after the table; the progress line stays short
                out.println("[" + finished + "/" + total + "] " + result.targetName() + ": " + summary(result));
                out.flush();
            }
        };
        MigrationListener warnings = new MigrationListener() {
            @Override
            public void warning(DatabaseTarget target, String message) {
                synchronized (err) {
                    err.println("warning: " + target.name() + ": " + message);
                    err.flush();
                }
            }
        };
        List<TargetResult> results = migrator.migrate(targets, migrations, warnings, progress);
        int exitCode = exitCode(results);
        if (format.json()) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("exitCode", exitCode);
            document.put("targets", results);
            out.println(Json.write(document));
        } else {
            printTable(out, results);
        }
        out.flush();
        return exitCode;
    }

    /** Bad input (an unreachable target, a wrong password) first, then failures. */
    static int exitCode(List<TargetResult> results) {
        if (results.stream().anyMatch(result -> result.outcome() == TargetOutcome.INPUT_ERROR)) {
            return ExitCodes.BAD_INPUT;
        }
        return results.stream().anyMatch(TargetResult::failed) ? ExitCodes.FAILURE : ExitCodes.SUCCESS;
    }

    private static String summary(TargetResult result) {
        return result.outcome() + " (" + result.count(FileStatus.APPLIED) + " applied, "
                + result.count(FileStatus.SKIPPED) + " skipped, " + result.durationMs() + " ms)";
    }

    private static void printTable(PrintWriter out, List<TargetResult> results) {
        out.println();
        TextTable table = new TextTable("TARGET", "STATUS", "APPLIED", "SKIPPED", "FAILED", "NOT RUN", "TIME",
                "URL");
        for (TargetResult result : results) {
            table.row(result.targetName(), result.outcome(), result.count(FileStatus.APPLIED),
                    result.count(FileStatus.SKIPPED) + result.count(FileStatus.MODIFIED),
                    result.count(FileStatus.FAILED), result.count(FileStatus.NOT_RUN), result.durationMs() + " ms",
                    result.redactedUrl());
        }
        table.print(out, "");
        for (TargetResult result : results) {
            for (FileResult file : result.files()) {
                if (file.outOfOrder() && file.status() == FileStatus.APPLIED) {
                    out.println(result.targetName() + ": " + file.script() + " was applied out of order.");
                }
            }
            result.error().ifPresent(error -> out.println(result.targetName() + ": " + error));
        }
        long failed = results.stream().filter(TargetResult::failed).count();
        out.println(failed == 0 ? "All " + results.size() + " target(s) migrated."
                : failed + " of " + results.size() + " target(s) failed.");
    }
}
