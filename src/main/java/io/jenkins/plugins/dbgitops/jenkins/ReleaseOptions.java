package io.jenkins.plugins.dbgitops.jenkins;

import java.io.Serializable;

/**
 * Release parameters shared by the step and the wrapper. A plain class, not a record: step executions and the
 * wrapper's disposer are persisted with the Pipeline program, whose serialisation cannot restore records.
 */
final class ReleaseOptions implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String config;
    private final String idTemplate;
    private final boolean allowReviewErrors;

    ReleaseOptions(String config, String idTemplate, boolean allowReviewErrors) {
        this.config = config;
        this.idTemplate = idTemplate;
        this.allowReviewErrors = allowReviewErrors;
    }

    String config() {
        return config;
    }

    String idTemplate() {
        return idTemplate;
    }

    boolean allowReviewErrors() {
        return allowReviewErrors;
    }
}
