package io.jenkins.plugins.dbgitops.engine.migrate;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import java.util.Locale;

/** How an operator resolves a {@code FAILED} or stale {@code PENDING} history row. */
public enum Resolution {
    /** The partial changes were undone by hand: run the file again next time. */
    ROLLED_BACK(HistoryStatus.ROLLED_BACK),
    /** The remaining changes were made by hand: count the version as applied. */
    APPLIED(HistoryStatus.APPLIED_MANUALLY);

    private final HistoryStatus recordedAs;

    Resolution(HistoryStatus recordedAs) {
        this.recordedAs = recordedAs;
    }

    public HistoryStatus recordedAs() {
        return recordedAs;
    }

    /** The name used on the command line: {@code rolled-back} or {@code applied}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses {@code rolled-back} or {@code applied}. */
    public static Resolution fromId(String value) {
        String key = value == null ? "" : value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Resolution resolution : values()) {
            if (resolution.id().equals(key)) {
                return resolution;
            }
        }
        throw new UserInputException("Unknown resolution '" + value + "': use rolled-back (run the file again) or"
                + " applied (count it as applied).");
    }
}
