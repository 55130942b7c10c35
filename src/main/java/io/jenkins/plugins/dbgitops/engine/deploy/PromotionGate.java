package io.jenkins.plugins.dbgitops.engine.deploy;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.config.DeploymentTarget;
import io.jenkins.plugins.dbgitops.engine.config.EnvironmentConfig;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfig;
import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationFile;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationVersion;
import io.jenkins.plugins.dbgitops.engine.rollout.AppliedMigration;
import io.jenkins.plugins.dbgitops.engine.rollout.MigrationOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Enforces the promotion order: a release reaches an environment only after it succeeded on every target of the
 * environments it requires (by default the previous one). "Succeeded on a target" is read from that target's history
 * table: every version of the release is applied there, with the release's checksum. A version applied by an earlier
 * release with the same content counts, because the target then holds exactly what this release holds.
 */
public final class PromotionGate {
    private static final int MAX_LISTED = 3;

    private final Function<DeploymentTarget, List<AppliedMigration>> history;

    /** @param history reads a target's history rows (the migrations engine's {@code history}) */
    public PromotionGate(Function<DeploymentTarget, List<AppliedMigration>> history) {
        this.history = history;
    }

    /** A gate that reads history through the migrations engine. */
    public static PromotionGate reading(TargetConnector connector) {
        return new PromotionGate(target -> {
            DatabaseTarget database = connector.databaseTarget(target);
            try {
                return TargetConnector.migratorFor(target, MigrationOptions.defaults()).history(database);
            } catch (UserInputException e) {
                // drivers sometimes echo URLs and passwords; the message ends up in a refusal on the console
                throw new UserInputException(database.sanitize(e.getMessage()), e);
            }
        });
    }

    /**
     * Checks that {@code migrations} may go to {@code environment}.
     *
     * @return notes for the console (such as a skipped check); empty when there is nothing to say
     * @throws RolloutRefusedException naming the environments and targets where the release is not yet done
     */
    public List<String> check(ProjectConfig config, EnvironmentConfig environment, String releaseId,
            List<MigrationFile> migrations) {
        if (environment.requires().isEmpty()) {
            return List.of();
        }
        if (environment.allowSkip()) {
            return List.of("Promotion check skipped: '" + environment.name() + "' has allowSkip: true.");
        }
        List<String> missing = new ArrayList<>();
        for (String required : environment.requires()) {
            for (DeploymentTarget target : config.environment(required).targets()) {
                notDone(target, migrations).ifPresent(problem -> missing.add(target.environment() + "/"
                        + target.name() + ": " + problem));
            }
        }
        if (!missing.isEmpty()) {
            throw new RolloutRefusedException("Release " + releaseId + " cannot go to '" + environment.name()
                    + "' yet: it must first succeed on every target of " + String.join(", ", environment.requires())
                    + ", and it has not on " + missing.size() + " target(s): " + listed(missing) + ". Roll it out"
                    + " there first (or set allowSkip: true on '" + environment.name() + "').");
        }
        return List.of("Promotion check passed: release " + releaseId + " succeeded on every target of "
                + String.join(", ", environment.requires()) + ".");
    }

    /** What keeps the release from counting as done on the target, or empty when it is done there. */
    private Optional<String> notDone(DeploymentTarget target, List<MigrationFile> migrations) {
        List<AppliedMigration> rows;
        try {
            rows = history.apply(target);
        } catch (UserInputException e) {
            return Optional.of("cannot read its history (" + e.getMessage() + ")");
        }
        Map<MigrationVersion, AppliedMigration> latest = new HashMap<>();
        for (AppliedMigration row : rows) {
            latest.put(row.version(), row);
        }
        List<String> pending = new ArrayList<>();
        for (MigrationFile migration : migrations) {
            AppliedMigration row = latest.get(migration.version());
            boolean applied = row != null && row.status().countsAsApplied()
                    && row.checksum().map(migration.checksum()::equals).orElse(true);
            if (!applied) {
                pending.add(migration.version().toString());
            }
        }
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(pending.size() == migrations.size() ? "not deployed"
                : "version(s) " + listed(pending) + " not applied");
    }

    private static String listed(List<String> items) {
        String shown = String.join("; ", items.subList(0, Math.min(MAX_LISTED, items.size())));
        return items.size() > MAX_LISTED ? shown + "; and " + (items.size() - MAX_LISTED) + " more" : shown;
    }
}
