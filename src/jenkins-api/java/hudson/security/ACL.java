/*
 * Compile-only stand-in mirroring org.jenkins-ci.main:jenkins-core:2.541.3.
 * Signatures match the real API; bodies are placeholders. Never packaged (see pom.xml excludes).
 */
package hudson.security;

import org.springframework.security.core.Authentication;

public abstract class ACL {
    /** Stand-in value: the real constant is the SYSTEM authentication. */
    public static final Authentication SYSTEM2 = null;
}
