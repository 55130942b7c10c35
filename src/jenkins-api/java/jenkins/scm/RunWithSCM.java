/*
 * Compile-only stand-in mirroring org.jenkins-ci.main:jenkins-core:2.541.3.
 * Real supertypes: none.
 * Signatures match the real API; bodies are placeholders. Never packaged (see pom.xml excludes).
 */
package jenkins.scm;

import hudson.model.Job;
import hudson.model.Run;

public interface RunWithSCM<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT> & RunWithSCM<JobT, RunT>> {
}
