/*
 * Compile-only stand-in mirroring org.jenkins-ci.main:jenkins-core:2.541.3.
 * Real supertypes: extends FullyNamedModelObject.
 * Signatures match the real API; bodies are placeholders. Never packaged (see pom.xml excludes).
 */
package jenkins.model;

import hudson.model.Result;

public interface HistoricalBuild extends FullyNamedModelObject {
    int getNumber();

    Result getResult();
}
