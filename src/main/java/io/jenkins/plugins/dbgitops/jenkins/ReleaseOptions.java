package io.jenkins.plugins.dbgitops.jenkins;

import java.io.Serializable;

/** Release parameters shared by the step and the wrapper. */
record ReleaseOptions(String config, String idTemplate, boolean allowReviewErrors) implements Serializable {
}
