package io.jenkins.plugins.dbgitops.jenkins;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.deploy.Shard;

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

    /** A shard ({@code k/n}) in its normal form, or null for none; a malformed one is refused here, not on the agent. */
    static String shard(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Shard.parse(value).toString();
        } catch (UserInputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
