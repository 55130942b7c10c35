/*
 * Compile-only stand-in mirroring org.jenkins-ci.plugins.workflow:workflow-step-api:724.v538c2362b_dfb_.
 * Real supertypes: implements Serializable.
 * Signatures match the real API; bodies are placeholders. Never packaged (see pom.xml excludes).
 */
package org.jenkinsci.plugins.workflow.steps;

import java.io.Serializable;

public abstract class StepExecution implements Serializable {
    private static final long serialVersionUID = 1L;

    private StepContext context;

    @Deprecated
    protected StepExecution() {
    }

    protected StepExecution(StepContext context) {
        this.context = context;
    }

    public StepContext getContext() {
        if (context == null) {
            throw new IllegalStateException("no StepContext");
        }
        return context;
    }

    public abstract boolean start() throws Exception;

    public void stop(Throwable cause) throws Exception {
        getContext().onFailure(cause);
    }

    public void onResume() {
    }
}
