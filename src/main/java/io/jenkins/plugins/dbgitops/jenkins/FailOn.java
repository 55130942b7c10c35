package io.jenkins.plugins.dbgitops.jenkins;

import hudson.model.Result;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import java.util.Locale;

/** The {@code failOn} option: which findings make the build fail (errors), or only unstable (warnings). */
public enum FailOn {
    ERROR,
    WARNING,
    NEVER;

    public static FailOn parse(String value) {
        if (value == null || value.isBlank()) {
            return ERROR;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("failOn must be error, warning or never, not '" + value + "'", e);
        }
    }

    /** The review engine's fail level: findings at or above it fail the review. */
    public Level level() {
        switch (this) {
            case ERROR:
                return Level.ERROR;
            case WARNING:
                return Level.WARNING;
            default:
                return Level.OFF;
        }
    }

    /** The build result for a review with these counts, or null when the build result stays as it is. */
    public Result resultFor(ReviewSummary summary) {
        boolean errors = summary.count(Level.ERROR) > 0;
        boolean warnings = summary.count(Level.WARNING) > 0;
        switch (this) {
            case ERROR:
                return errors ? Result.FAILURE : null;
            case WARNING:
                return errors || warnings ? Result.FAILURE : null;
            default:
                return errors ? Result.UNSTABLE : null;
        }
    }
}
