package io.jenkins.plugins.dbgitops.engine.release;

/**
 * What the review before a release found, in the few numbers the release needs.
 *
 * @param reviewed whether a review ran at all
 * @param errors   findings at the error level
 * @param warnings findings at the warning level
 * @param summary  a short text for the console, such as the review's own summary line
 */
public record ReviewOutcome(boolean reviewed, int errors, int warnings, String summary) {

    public static ReviewOutcome notReviewed() {
        return new ReviewOutcome(false, 0, 0, "not reviewed: no review engine is configured");
    }

    public boolean hasErrors() {
        return errors > 0;
    }
}
