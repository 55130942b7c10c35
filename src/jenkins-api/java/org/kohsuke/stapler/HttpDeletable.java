/*
 * Compile-only stand-in mirroring org.kohsuke.stapler:stapler (the version bundled with jenkins-core 2.541.3).
 * Real supertypes: none.
 * Signatures match the real API; bodies are placeholders. Never packaged (see pom.xml excludes).
 */
package org.kohsuke.stapler;

public interface HttpDeletable {
}
