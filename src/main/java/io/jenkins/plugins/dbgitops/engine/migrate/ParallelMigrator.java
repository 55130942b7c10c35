package io.jenkins.plugins.dbgitops.engine.migrate;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationFile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Migrates many targets with a bounded pool. Every target finishes (unless fail-fast cancels those not yet
 * started); results come back in the order of the targets given.
 */
public final class ParallelMigrator {
    private final Migrator migrator;
    private final int parallelism;
    private final boolean failFast;

    /**
     * @param parallelism how many targets at once, at least 1
     * @param failFast    whether to start no further target once one has failed
     */
    public ParallelMigrator(Migrator migrator, int parallelism, boolean failFast) {
        if (parallelism < 1) {
            throw new UserInputException("Parallelism must be at least 1, was " + parallelism + ".");
        }
        this.migrator = migrator;
        this.parallelism = parallelism;
        this.failFast = failFast;
    }

    public List<TargetResult> migrate(List<DatabaseTarget> targets, List<MigrationFile> migrations,
            MigrationListener listener, ProgressListener progress) {
        return migrate(targets, target -> migrator.migrate(target, migrations, listener), () -> { }, listener,
                progress);
    }

    /**
     * As {@link #migrate(List, List, MigrationListener, ProgressListener)}, with files each target asks for once
     * it has connected and read its history (see {@link Migrator#migrate(DatabaseTarget, Supplier,
     * MigrationListener)}). When {@code migrations} fails, nothing is reported and its exception is thrown from
     * here, as if the files had been read first; so it must fail alike on every call.
     */
    public List<TargetResult> migrate(List<DatabaseTarget> targets, Supplier<List<MigrationFile>> migrations,
            MigrationListener listener, ProgressListener progress) {
        return migrate(targets, target -> migrator.migrate(target, migrations, listener), migrations::get, listener,
                progress);
    }

    /** {@code filesRead} throws the files' error, if any, before a target is reported. */
    private List<TargetResult> migrate(List<DatabaseTarget> targets, Function<DatabaseTarget, TargetResult> migration,
            Runnable filesRead, MigrationListener listener, ProgressListener progress) {
        AtomicBoolean failed = new AtomicBoolean();
        AtomicInteger finished = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, Math.max(1, targets.size())),
                daemonThreads());
        try {
            List<Future<TargetResult>> futures = new ArrayList<>();
            for (DatabaseTarget target : targets) {
                futures.add(pool.submit(() -> {
                    TargetResult result = failFast && failed.get()
                            ? cancelled(target) : migrateOne(target, migration, filesRead, listener);
                    filesRead.run();
                    if (result.failed()) {
                        failed.set(true);
                    }
                    progress.targetFinished(result, finished.incrementAndGet(), targets.size());
                    return result;
                }));
            }
            List<TargetResult> results = new ArrayList<>();
            for (Future<TargetResult> future : futures) {
                results.add(await(future));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static TargetResult migrateOne(DatabaseTarget target, Function<DatabaseTarget, TargetResult> migration,
            Runnable filesRead, MigrationListener listener) {
        Instant started = Instant.now();
        TargetResult result;
        try {
            return migration.apply(target); // the migrator has told the listener
        } catch (UserInputException e) {
            result = new TargetResult(target.name(), target.redactedUrl(), TargetOutcome.INPUT_ERROR, List.of(),
                    List.of(), started, elapsedMs(started), Optional.of(target.sanitize(e.getMessage())));
        } catch (RuntimeException e) {
            result = new TargetResult(target.name(), target.redactedUrl(), TargetOutcome.FAILED, List.of(),
                    List.of(), started, elapsedMs(started),
                    Optional.of(target.sanitize("Unexpected error on " + target.describe() + ": " + e)));
        }
        filesRead.run(); // the error may be the files', which is the whole run's and not this target's
        listener.targetFinished(result);
        return result;
    }

    private static TargetResult cancelled(DatabaseTarget target) {
        return new TargetResult(target.name(), target.redactedUrl(), TargetOutcome.CANCELLED, List.of(), List.of(),
                Instant.now(), 0, Optional.of("Not started: another target failed and fail-fast is on."));
    }

    private static TargetResult await(Future<TargetResult> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for targets to finish", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure; // the files' error, as reading them would have thrown it
            }
            throw new IllegalStateException("A target's worker failed: " + e.getCause(), e.getCause());
        }
    }

    private static long elapsedMs(Instant started) {
        return java.time.Duration.between(started, Instant.now()).toMillis();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "dbgitops-migrate-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
