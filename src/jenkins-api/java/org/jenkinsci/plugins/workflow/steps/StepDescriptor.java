/*
 * Compile-only stand-in mirroring org.jenkins-ci.plugins.workflow:workflow-step-api:724.v538c2362b_dfb_.
 * Real supertypes: extends Descriptor<Step>.
 * Signatures match the real API; bodies are placeholders. Never packaged (see pom.xml excludes).
 */
package org.jenkinsci.plugins.workflow.steps;

import hudson.model.Descriptor;
import java.util.Set;

public abstract class StepDescriptor extends Descriptor<Step> {
    public abstract Set<? extends Class<?>> getRequiredContext();

    public abstract String getFunctionName();

    public boolean takesImplicitBlockArgument() {
        return false;
    }
}
