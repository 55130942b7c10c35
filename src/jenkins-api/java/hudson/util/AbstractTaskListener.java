/*
 * Compile-only stand-in mirroring org.jenkins-ci.main:jenkins-core:2.541.3.
 * Real supertypes: implements TaskListener.
 * Signatures match the real API; bodies are placeholders. Never packaged (see pom.xml excludes).
 */
package hudson.util;

import hudson.model.TaskListener;

@Deprecated
public abstract class AbstractTaskListener implements TaskListener {
    private static final long serialVersionUID = 1L;
}
