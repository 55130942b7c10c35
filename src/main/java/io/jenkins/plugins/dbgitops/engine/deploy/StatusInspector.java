package io.jenkins.plugins.dbgitops.engine.deploy;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.config.DeploymentTarget;
import io.jenkins.plugins.dbgitops.engine.config.EnvironmentConfig;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfig;
import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationFile;
import io.jenkins.plugins.dbgitops.engine.migrate.AppliedMigration;
import io.jenkins.plugins.dbgitops.engine.migrate.MigrationOptions;
import io.jenkins.plugins.dbgitops.engine.migrate.TargetStatus;
import io.jenkins.plugins.dbgitops.engine.migrate.VersionStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * For every environment and target: which release is there, which versions are applied and pending, and drift.
 * Reads through the migrations engine's {@code status}; changes nothing.
 */
public final class StatusInspector {
    private final TargetConnector connector;

    public StatusInspector(TargetConnector connector) {
        this.connector = connector;
    }

    /**
     * Inspects the targets of one environment, or of all when {@code environment} is empty.
     *
     * @param reference the migrations to compare with: a release's, or the working tree's
     */
    public List<TargetState> inspect(ProjectConfig config, Optional<String> environment,
            List<MigrationFile> reference) {
        List<EnvironmentConfig> environments = environment.map(name -> List.of(config.environment(name)))
                .orElse(config.environments());
        List<TargetState> states = new ArrayList<>();
        for (EnvironmentConfig each : environments) {
            for (DeploymentTarget target : each.targets()) {
                states.add(inspect(target, reference, each));
            }
        }
        return states;
    }

    private TargetState inspect(DeploymentTarget target, List<MigrationFile> reference,
            EnvironmentConfig environment) {
        TargetStatus status;
        DatabaseTarget database = connector.databaseTarget(target);
        try {
            status = TargetConnector.migratorFor(target, MigrationOptions.defaults()
                    .withStalePendingAfter(environment.staleAfter())).status(database, reference);
        } catch (UserInputException e) {
            return new TargetState(target.environment(), target.name(), target.redactedUrl(), Optional.empty(),
                    List.of(), List.of(), List.of(), List.of(), Optional.of(database.sanitize(e.getMessage())));
        }
        List<String> applied = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        List<String> drift = new ArrayList<>();
        List<String> blocked = new ArrayList<>();
        for (VersionStatus version : status.versions()) {
            String name = version.version().toString();
            switch (version.state()) {
                case APPLIED, BELOW_BASELINE -> applied.add(name);
                case PENDING -> pending.add(name);
                case MODIFIED -> {
                    applied.add(name);
                    drift.add(name + ": applied with checksum " + shortChecksum(version.appliedChecksum())
                            + ", the release's file has " + shortChecksum(Optional.of(version.fileChecksum())));
                }
                case FAILED, IN_PROGRESS, STALE_PENDING -> blocked.add(name + ": " + version.state());
                default -> throw new IllegalStateException("Unknown version state " + version.state());
            }
        }
        for (AppliedMigration row : status.appliedNotInFiles()) {
            drift.add(row.version() + ": applied" + row.releaseId().map(id -> " by release " + id).orElse("")
                    + " but not in the release");
        }
        Optional<String> latestRelease = Stream.concat(
                status.versions().stream().map(VersionStatus::lastRow).flatMap(Optional::stream),
                status.appliedNotInFiles().stream())
                .filter(row -> row.releaseId().isPresent() && row.status().countsAsApplied())
                .max(Comparator.comparingInt(AppliedMigration::rank))
                .flatMap(AppliedMigration::releaseId);
        return new TargetState(target.environment(), target.name(), target.redactedUrl(), latestRelease, applied,
                pending, drift, blocked, Optional.empty());
    }

    private static String shortChecksum(Optional<String> checksum) {
        return checksum.map(value -> value.length() > 12 ? value.substring(0, 12) : value).orElse("(none)");
    }
}
