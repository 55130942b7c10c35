package io.jenkins.plugins.dbgitops.engine.migrate;

import java.util.List;

/**
 * What {@code migrate} would do on one target; computing it changes nothing.
 *
 * @param targetName    the target's name
 * @param redactedUrl   the URL without credentials
 * @param historyExists whether the history table exists yet (migrate would create it)
 * @param toApply       the files that would run, in order
 * @param alreadyApplied how many files are already applied (or below the baseline)
 * @param problems      what would stop the run (changed files, failed or stale rows); empty when it would run
 * @param warnings      what would be reported but not stop the run
 */
public record TargetPlan(String targetName, String redactedUrl, boolean historyExists, List<PlannedMigration> toApply,
        int alreadyApplied, List<String> problems, List<String> warnings) {

    public TargetPlan {
        toApply = List.copyOf(toApply);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public boolean blocked() {
        return !problems.isEmpty();
    }
}
