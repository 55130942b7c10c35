/*
 * Compile-only stand-in mirroring org.jenkins-ci.plugins:credentials:1506.v948b_b_b_7dec44.
 * Real supertypes: extends Describable<Credentials>, Serializable, ExtensionPoint.
 * Signatures match the real API; bodies are placeholders. Never packaged (see pom.xml excludes).
 */
package com.cloudbees.plugins.credentials;

import hudson.ExtensionPoint;
import hudson.model.Describable;
import java.io.Serializable;

public interface Credentials extends Describable<Credentials>, Serializable, ExtensionPoint {
}
