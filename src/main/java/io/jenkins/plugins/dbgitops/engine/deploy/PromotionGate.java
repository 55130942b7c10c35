package io.jenkins.plugins.dbgitops.engine.deploy;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.config.DeploymentTarget;
import io.jenkins.plugins.dbgitops.engine.config.EnvironmentConfig;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfig;
import io.jenkins.plugins.dbgitops.engine.config.PromotionSource;
import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationFile;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationVersion;
import io.jenkins.plugins.dbgitops.engine.release.VerifiedRelease;
import io.jenkins.plugins.dbgitops.engine.migrate.AppliedMigration;
import io.jenkins.plugins.dbgitops.engine.migrate.MigrationOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Enforces the promotion order: a release reaches an environment only after it succeeded on every target of the
 * environments it requires (by default the previous one).
 *
 * <p>By default "succeeded on a target" is read from deployment records ({@link PromotionSource#RECORDS}): a real
 * rollout of this release id and manifest SHA-256 whose outcome on that target was a success (or found everything
 * already there). Environments live in separate networks with separate credentials, so the agent deploying
 * production neither reaches staging's databases nor holds their credentials; records need neither. A record of
 * another release id or other content never counts.
 *
 * <p>With {@code promotion: history} the gate reads the required targets' history tables instead: every version of
 * the release applied there with the release's checksum, whatever release applied it.
 */
public final class PromotionGate {
    private static final int MAX_LISTED = 3;

    private final Function<DeploymentTarget, List<AppliedMigration>> history;

    /** @param history reads a target's history rows (used only with {@code promotion: history}) */
    public PromotionGate(Function<DeploymentTarget, List<AppliedMigration>> history) {
        this.history = history;
    }

    /** A gate that reads history, when asked to, through the migrations engine. */
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
     * Checks that {@code release} may go to {@code environment}.
     *
     * @param evidence the deployment records to read when the project's promotion source is records
     * @return notes for the console (such as a skipped check); empty when there is nothing to say
     * @throws RolloutRefusedException naming the targets where the release is not yet done and where that was
     *                                 looked for
     */
    public List<String> check(ProjectConfig config, EnvironmentConfig environment, VerifiedRelease release,
            PromotionEvidence evidence) {
        if (environment.requires().isEmpty()) {
            return List.of();
        }
        if (environment.allowSkip()) {
            return List.of("Promotion check skipped: '" + environment.name() + "' has allowSkip: true.");
        }
        boolean fromRecords = config.promotion() == PromotionSource.RECORDS;
        List<String> missing = new ArrayList<>();
        for (String required : environment.requires()) {
            for (DeploymentTarget target : config.environment(required).targets()) {
                Optional<String> problem = fromRecords
                        ? missingRecord(target, release, evidence)
                        : notDone(target, release.migrationFiles());
                problem.ifPresent(text -> missing.add(target.environment() + "/" + target.name() + ": " + text));
            }
        }
        String requirements = String.join(", ", environment.requires());
        if (!missing.isEmpty()) {
            String where = fromRecords ? " Looked in " + evidence.where() + "." + otherContent(release, evidence)
                    : "";
            throw new RolloutRefusedException("Release " + release.releaseId() + " cannot go to '"
                    + environment.name() + "' yet: it must first succeed on every target of " + requirements
                    + ", and it has not on " + missing.size() + " target(s): " + listed(missing) + "." + where
                    + " Roll it out there first (or set allowSkip: true on '" + environment.name() + "').");
        }
        return List.of("Promotion check passed: release " + release.releaseId() + " succeeded on every target of "
                + requirements + (fromRecords ? ", as " + evidence.where() + " show."
                : ", as their history tables show."));
    }

    private static Optional<String> missingRecord(DeploymentTarget target, VerifiedRelease release,
            PromotionEvidence evidence) {
        return evidence.proves(target.environment(), target.name(), release.releaseId(), release.manifestSha256())
                ? Optional.empty() : Optional.of("no successful deployment record of this release");
    }

    private static String otherContent(VerifiedRelease release, PromotionEvidence evidence) {
        return evidence.hasOtherContent(release.releaseId(), release.manifestSha256())
                ? " A record of release " + release.releaseId() + " with other content (another manifest SHA-256)"
                + " was found and does not count." : "";
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
