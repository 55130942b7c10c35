package io.jenkins.plugins.dbgitops.engine.review;

import java.util.Locale;

/** How seriously a policy treats a rule's findings; {@link #OFF} disables the rule. */
public enum Level {
    ERROR,
    WARNING,
    OFF;

    /** Accepts our names and Bytebase's ({@code DISABLED} for off), in any case. */
    public static Level parse(String value) {
        String key = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        switch (key) {
            case "ERROR":
                return ERROR;
            case "WARNING":
            case "WARN":
                return WARNING;
            case "OFF":
            case "DISABLED":
                return OFF;
            default:
                throw new IllegalArgumentException("'" + value + "' is not a level: use ERROR, WARNING or OFF.");
        }
    }

    /** Whether a finding at this level reaches the given threshold ({@code ERROR} is above {@code WARNING}). */
    public boolean atLeast(Level threshold) {
        return this != OFF && threshold != OFF && ordinal() <= threshold.ordinal();
    }
}
