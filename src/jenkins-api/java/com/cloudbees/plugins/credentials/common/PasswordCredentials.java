/*
 * Compile-only stand-in mirroring org.jenkins-ci.plugins:credentials:1506.v948b_b_b_7dec44.
 * Real supertypes: extends Credentials.
 * Signatures match the real API; bodies are placeholders. Never packaged (see pom.xml excludes).
 */
package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;
import hudson.util.Secret;

public interface PasswordCredentials extends Credentials {
    Secret getPassword();
}
