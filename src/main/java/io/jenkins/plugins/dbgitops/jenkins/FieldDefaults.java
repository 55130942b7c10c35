package io.jenkins.plugins.dbgitops.jenkins;

import java.util.Locale;

/**
 * The defaults every step, builder and the wrapper share, and how their setters normalise form input: each
 * Describable needs its own {@code @DataBoundSetter}s, but a default must change in one place only.
 */
final class FieldDefaults {
    static final String CONFIG = "dbgitops.yaml";
    static final String MAIN_BRANCH = "main";
    /** {@link FailOn#ERROR} as the forms show it. */
    static final String FAIL_ON = "error";

    private FieldDefaults() {
    }

    /** The trimmed value, or empty: an empty review path, dialect or policy means "as dbgitops.yaml says". */
    static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }

    /** The trimmed value, or the default when the form left it empty. */
    static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /** The fail-on level in the lower-case form the forms and the Snippet Generator use. */
    static String failOn(String value) {
        return FailOn.parse(value).name().toLowerCase(Locale.ROOT);
    }
}
