package io.jenkins.plugins.dbgitops.engine.config;

import java.util.Locale;

/**
 * Where the promotion check learns that a release succeeded in the environments an environment requires
 * ({@code promotion:} in {@code dbgitops.yaml}).
 */
public enum PromotionSource {
    /**
     * Deployment records (the default): record files on the command line, the job's builds in Jenkins. Needs
     * neither the other environments' networks nor their credentials.
     */
    RECORDS,
    /** The required environments' history tables, for teams whose agents reach every environment's databases. */
    HISTORY;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
