/*
 * Compile-only stand-in mirroring org.jenkins-ci.main:jenkins-core:2.541.3.
 * Signatures match the real API; bodies are placeholders. Never packaged (see pom.xml excludes).
 */
package hudson.model.queue;

import hudson.model.ResourceActivity;

public interface SubTask extends ResourceActivity {
}
