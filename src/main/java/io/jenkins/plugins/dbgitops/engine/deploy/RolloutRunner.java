package io.jenkins.plugins.dbgitops.engine.deploy;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.config.CredentialsResolver;
import io.jenkins.plugins.dbgitops.engine.config.DeploymentTarget;
import io.jenkins.plugins.dbgitops.engine.config.EnvironmentConfig;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfig;
import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationFile;
import io.jenkins.plugins.dbgitops.engine.release.ReleaseManifest;
import io.jenkins.plugins.dbgitops.engine.release.VerifiedRelease;
import io.jenkins.plugins.dbgitops.engine.migrate.FileResult;
import io.jenkins.plugins.dbgitops.engine.migrate.MigrationOptions;
import io.jenkins.plugins.dbgitops.engine.migrate.Migrator;
import io.jenkins.plugins.dbgitops.engine.migrate.ParallelMigrator;
import io.jenkins.plugins.dbgitops.engine.migrate.ProgressListener;
import io.jenkins.plugins.dbgitops.engine.migrate.TargetOutcome;
import io.jenkins.plugins.dbgitops.engine.migrate.TargetResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rolls one verified release out to one environment: promotion check, approval check, then every target in
 * parallel through the migrations engine (which keeps the history, takes the locks and runs the statements), and a
 * deployment record of it all. Re-running the same release applies only what is not done yet.
 */
public final class RolloutRunner {
    private final TargetConnector connector;
    private final PromotionGate promotion;
    private final Clock clock;

    /** A runner that resolves credentials with {@code credentials} and reads promotion state from history tables. */
    public RolloutRunner(CredentialsResolver credentials) {
        this(new TargetConnector(credentials), Clock.systemUTC());
    }

    RolloutRunner(TargetConnector connector, Clock clock) {
        this.connector = connector;
        this.promotion = PromotionGate.reading(connector);
        this.clock = clock;
    }

    /**
     * Checks promotion order and approval, then deploys.
     *
     * @throws RolloutRefusedException when approval or the promotion order forbids the rollout; nothing changed
     * @throws UserInputException      for an unknown environment, a release for another engine, or credentials
     *                                 that cannot be resolved; nothing changed
     */
    public DeploymentRecord rollout(ProjectConfig config, VerifiedRelease release, RolloutRequest request,
            RolloutListener listener) {
        Instant started = clock.instant();
        EnvironmentConfig environment = config.environment(request.environment());
        ReleaseManifest manifest = release.manifest();
        if (!manifest.engine().equals(config.engine().id())) {
            throw new UserInputException("Release " + manifest.releaseId() + " holds migrations for "
                    + manifest.engine() + ", but " + config.file() + " says engine: " + config.engine().id()
                    + ". Deploy it with the configuration it was made from.");
        }
        List<MigrationFile> migrations = release.migrationFiles();
        List<String> notes = new ArrayList<>(promotion.check(config, environment, release, request.evidence()));
        Optional<String> approvedBy = approve(environment, request, notes);
        List<DeploymentTarget> selected = request.shard().map(shard -> shard.select(environment.targets()))
                .orElse(environment.targets());
        request.shard().ifPresent(shard -> notes.add("Shard " + shard + ": " + selected.size() + " of "
                + environment.targets().size() + " target(s) of " + environment.name() + "."));
        notes.forEach(listener::info);

        // resolve every credential before touching any database, so a typo changes nothing anywhere
        Map<DeploymentTarget, DatabaseTarget> databases = new LinkedHashMap<>();
        for (DeploymentTarget target : selected) {
            databases.put(target, connector.databaseTarget(target));
        }
        MigrationOptions base = MigrationOptions.defaults()
                .withReleaseId(manifest.releaseId())
                .withCommitSha(manifest.commit())
                .withAppliedBy(request.approvedBy().orElse(null))
                .withDryRun(request.dryRun())
                .withStalePendingAfter(environment.staleAfter());
        int parallel = request.parallel().orElse(environment.parallel());
        boolean failFast = request.failFast().orElse(environment.failFast());
        Map<String, TargetResult> results = migrate(databases, migrations, base, parallel, failFast, listener);

        List<DeploymentRecord.Target> targets = new ArrayList<>();
        for (DeploymentTarget target : selected) {
            targets.add(toRecord(results.get(target.name())));
        }
        DeploymentStatus status = DeploymentStatus.of(targets.stream().map(DeploymentRecord.Target::status).toList());
        return new DeploymentRecord(DeploymentRecord.FORMAT_VERSION, environment.name(), manifest.releaseId(),
                release.manifestSha256(), request.shard().map(Shard::toString).orElse(null), manifest.commit(),
                approvedBy.orElse(null), started,
                Duration.between(started, clock.instant()).toMillis(), request.dryRun(), status, notes, targets);
    }

    private static Optional<String> approve(EnvironmentConfig environment, RolloutRequest request,
            List<String> notes) {
        ApprovalPolicy policy = ApprovalPolicy.of(environment);
        if (request.dryRun() && policy.required()) {
            notes.add("Dry run: no approval needed to plan; a real rollout needs one.");
            return request.approvedBy();
        }
        ApprovalDecision decision = policy.decide(request.approvedBy(), request.approverGroups());
        if (!decision.approved()) {
            throw new RolloutRefusedException(decision.message());
        }
        notes.add(decision.message());
        return decision.approvedBy();
    }

    /**
     * Runs the targets with the migrations engine's parallel runner. Targets that share history-table settings share
     * one runner; groups with other settings run after it (rare: a per-target history table).
     */
    private static Map<String, TargetResult> migrate(Map<DeploymentTarget, DatabaseTarget> databases,
            List<MigrationFile> migrations, MigrationOptions base, int parallel, boolean failFast,
            RolloutListener listener) {
        Map<MigrationOptions, List<DeploymentTarget>> groups = new LinkedHashMap<>();
        for (DeploymentTarget target : databases.keySet()) {
            groups.computeIfAbsent(TargetConnector.optionsFor(target, base), key -> new ArrayList<>()).add(target);
        }
        Map<String, TargetResult> results = new HashMap<>();
        boolean failed = false;
        for (Map.Entry<MigrationOptions, List<DeploymentTarget>> group : groups.entrySet()) {
            List<DatabaseTarget> targets = group.getValue().stream().map(databases::get).toList();
            List<TargetResult> groupResults;
            if (failFast && failed) {
                groupResults = targets.stream().map(RolloutRunner::cancelled).toList();
            } else {
                ParallelMigrator runner = new ParallelMigrator(
                        new Migrator(group.getKey()), parallel, failFast);
                groupResults = runner.migrate(targets, migrations, listener, ProgressListener.NONE);
            }
            for (TargetResult result : groupResults) {
                results.put(result.targetName(), result);
                failed |= result.failed();
            }
        }
        return results;
    }

    private static TargetResult cancelled(DatabaseTarget target) {
        return new TargetResult(target.name(), target.redactedUrl(), TargetOutcome.CANCELLED, List.of(), List.of(),
                Instant.now(), 0, Optional.of("Not started: another target failed and fail-fast is on."));
    }

    private static DeploymentRecord.Target toRecord(TargetResult result) {
        List<DeploymentRecord.File> files = new ArrayList<>();
        for (FileResult file : result.files()) {
            files.add(new DeploymentRecord.File(file.version().toString(), file.script(), file.status(),
                    file.startedAt().orElse(null), file.durationMs(), file.error().orElse(null)));
        }
        return new DeploymentRecord.Target(result.targetName(), result.redactedUrl(), result.outcome(),
                result.startedAt(), result.durationMs(), result.error().orElse(null), files);
    }
}
