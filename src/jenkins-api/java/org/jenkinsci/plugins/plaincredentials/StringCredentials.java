/*
 * Compile-only stand-in mirroring org.jenkins-ci.plugins:plain-credentials:199.v9f8e1f741799.
 * Real supertypes: extends StandardCredentials.
 * Signatures match the real API; bodies are placeholders. Never packaged (see pom.xml excludes).
 */
package org.jenkinsci.plugins.plaincredentials;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.util.Secret;

public interface StringCredentials extends StandardCredentials {
    Secret getSecret();
}
