package io.jenkins.plugins.dbgitops.jenkins;

/** Normalising of step and builder options. */
final class Options {
    private Options() {
    }

    static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + name + "' is required");
        }
        return value.trim();
    }
}
