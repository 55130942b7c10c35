/*
 * Compile-only stand-in mirroring org.jenkins-ci.plugins:credentials:1506.v948b_b_b_7dec44.
 * Real supertypes: extends IdCredentials.
 * Signatures match the real API; bodies are placeholders. Never packaged (see pom.xml excludes).
 */
package com.cloudbees.plugins.credentials.common;

public interface StandardCredentials extends IdCredentials {
    String getDescription();
}
