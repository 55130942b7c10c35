/*
 * Compile-only stand-in mirroring org.jenkins-ci.main:remoting (the version bundled with jenkins-core 2.541.3).
 * Real supertypes: extends Serializable.
 * Signatures match the real API; bodies are placeholders. Never packaged (see pom.xml excludes).
 */
package org.jenkinsci.remoting;

import java.io.Serializable;

public interface SerializableOnlyOverRemoting extends Serializable {
}
