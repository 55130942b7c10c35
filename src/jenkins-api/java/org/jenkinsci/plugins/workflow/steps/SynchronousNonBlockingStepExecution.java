/*
 * Compile-only stand-in mirroring org.jenkins-ci.plugins.workflow:workflow-step-api:724.v538c2362b_dfb_.
 * Real supertypes: extends StepExecution.
 * Signatures match the real API; bodies are placeholders. Never packaged (see pom.xml excludes).
 */
package org.jenkinsci.plugins.workflow.steps;

/** Stand-in behaviour: {@link #start} runs {@link #run} on the calling thread and reports to the context. */
public abstract class SynchronousNonBlockingStepExecution<T> extends StepExecution {
    private static final long serialVersionUID = 1L;

    protected SynchronousNonBlockingStepExecution(StepContext context) {
        super(context);
    }

    protected abstract T run() throws Exception;

    @Override
    public final boolean start() throws Exception {
        try {
            getContext().onSuccess(run());
        } catch (Throwable x) {
            getContext().onFailure(x);
        }
        return false;
    }
}
