/*
 * Compile-only stand-in mirroring org.jenkins-ci.main:jenkins-core:2.541.3.
 * Real supertypes: implements AutoCloseable.
 * Signatures match the real API; bodies are placeholders. Never packaged (see pom.xml excludes).
 */
package hudson.security;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

public class ACLContext implements AutoCloseable {
    private final SecurityContext previousContext;

    ACLContext(SecurityContext previousContext) {
        this.previousContext = previousContext;
    }

    public SecurityContext getPreviousContext2() {
        return previousContext;
    }

    /** Stand-in body, as the real one: restores the previous security context. */
    @Override
    public void close() {
        SecurityContextHolder.setContext(previousContext);
    }
}
