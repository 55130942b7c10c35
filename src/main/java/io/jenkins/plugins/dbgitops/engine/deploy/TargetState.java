package io.jenkins.plugins.dbgitops.engine.deploy;

import java.util.List;
import java.util.Optional;

/**
 * What one target of an environment holds compared with a release (or the working tree).
 *
 * @param environment   the environment
 * @param target        the target's name
 * @param url           the URL without credentials
 * @param latestRelease the release of the latest history row that names one
 * @param applied       versions of the reference applied there
 * @param pending       versions of the reference not applied yet
 * @param drift         differences that a rollout would not fix: versions applied that the reference does not hold,
 *                      and versions whose applied checksum differs from the reference's file
 * @param blocked       failed or interrupted versions that block the target until resolved
 * @param error         why the target could not be inspected, if it could not
 */
public record TargetState(String environment, String target, String url, Optional<String> latestRelease,
        List<String> applied, List<String> pending, List<String> drift, List<String> blocked,
        Optional<String> error) {

    public TargetState {
        applied = List.copyOf(applied);
        pending = List.copyOf(pending);
        drift = List.copyOf(drift);
        blocked = List.copyOf(blocked);
    }

    public boolean hasDrift() {
        return !drift.isEmpty();
    }

    /** A one-word summary for tables: UNREACHABLE, BLOCKED, DRIFT, PENDING or UP_TO_DATE. */
    public String summary() {
        if (error.isPresent()) {
            return "UNREACHABLE";
        }
        if (!blocked.isEmpty()) {
            return "BLOCKED";
        }
        if (hasDrift()) {
            return "DRIFT";
        }
        return pending.isEmpty() ? "UP_TO_DATE" : "PENDING";
    }
}
