package io.jenkins.plugins.dbgitops.jenkins;

import java.io.Serializable;

/** Review parameters shared by the step, the builder and the wrapper. */
record ReviewOptions(String path, String dialect, FailOn failOn, boolean publish) implements Serializable {
}
