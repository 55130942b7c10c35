package io.jenkins.plugins.dbgitops.engine.deploy;

import java.io.Serializable;
import java.util.List;

/**
 * The deployment records a promotion check may read, and where they were looked for (named in a refusal, so a
 * user knows which folder or which builds to look at).
 *
 * @param records the records found, of any environment and release; the gate picks what proves something
 * @param where   where they were looked for, such as "deployment records in /releases (4 read)"
 */
public record PromotionEvidence(List<DeploymentEvidence> records, String where) implements Serializable {

    public PromotionEvidence {
        records = List.copyOf(records);
    }

    public static PromotionEvidence none(String where) {
        return new PromotionEvidence(List.of(), where);
    }

    /** Whether a successful, real rollout of this release content to {@code target} of {@code environment} exists. */
    boolean proves(String environment, String target, String releaseId, String manifestSha256) {
        for (DeploymentEvidence record : records) {
            if (record.proves(environment, target, releaseId, manifestSha256)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a record of this release id with other content (another manifest) was seen: worth saying why. */
    boolean hasOtherContent(String releaseId, String manifestSha256) {
        for (DeploymentEvidence record : records) {
            if (record.releaseId().equals(releaseId) && record.manifestSha256() != null
                    && !record.manifestSha256().equals(manifestSha256)) {
                return true;
            }
        }
        return false;
    }
}
