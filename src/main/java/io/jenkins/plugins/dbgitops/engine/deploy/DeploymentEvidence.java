package io.jenkins.plugins.dbgitops.engine.deploy;

import io.jenkins.plugins.dbgitops.engine.migrate.TargetOutcome;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What one recorded rollout proves to a later promotion check: which targets of which environment took which
 * release. Read from deployment records (files on the command line, build actions in Jenkins), so the check needs
 * neither the other environment's network nor its credentials.
 *
 * @param environment    the environment deployed
 * @param releaseId      the release deployed
 * @param manifestSha256 the SHA-256 of the release's manifest, or null for a record that predates it
 * @param dryRun         whether the rollout changed nothing (a dry run proves nothing)
 * @param targets        each target's outcome
 */
public record DeploymentEvidence(String environment, String releaseId, String manifestSha256, boolean dryRun,
        List<TargetEvidence> targets) implements Serializable {

    public DeploymentEvidence {
        targets = List.copyOf(targets);
    }

    public static DeploymentEvidence of(DeploymentRecord record) {
        List<TargetEvidence> rows = new ArrayList<>();
        for (DeploymentRecord.Target target : record.targets()) {
            rows.add(new TargetEvidence(target.name(), target.status()));
        }
        return new DeploymentEvidence(record.environment(), record.releaseId(), record.manifestSha256(),
                record.dryRun(), rows);
    }

    /** Whether this proves that {@code target} of {@code environmentName} holds the release with that manifest. */
    boolean proves(String environmentName, String target, String release, String sha256) {
        if (dryRun || !environment.equals(environmentName) || !releaseId.equals(release)
                || manifestSha256 == null || !manifestSha256.equals(sha256)) {
            return false;
        }
        for (TargetEvidence row : targets) {
            if (row.name().equals(target) && !row.outcome().isFailure()) {
                return true;
            }
        }
        return false;
    }

    /**
     * One target's outcome.
     *
     * @param name    the target's name in its environment
     * @param outcome {@code SUCCESS} or {@code NOTHING_TO_DO} prove the release is there
     */
    public record TargetEvidence(String name, TargetOutcome outcome) implements Serializable {
    }
}
