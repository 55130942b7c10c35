/*
 * Compile-only stand-in mirroring org.jenkins-ci.plugins.workflow:workflow-step-api:724.v538c2362b_dfb_.
 * Real supertypes: extends AbstractDescribableImpl<Step>; implements ExtensionPoint.
 * Signatures match the real API; bodies are placeholders. Never packaged (see pom.xml excludes).
 */
package org.jenkinsci.plugins.workflow.steps;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;

public abstract class Step extends AbstractDescribableImpl<Step> implements ExtensionPoint {
    public abstract StepExecution start(StepContext context) throws Exception;

    @Override
    public StepDescriptor getDescriptor() {
        throw new UnsupportedOperationException("stand-in: Jenkins looks the descriptor up");
    }
}
