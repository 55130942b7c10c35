package io.jenkins.plugins.dbgitops.jenkins;

import hudson.model.Result;
import java.util.HashMap;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/** A step context giving the objects a {@code node} block gives: workspace, listener, environment, build. */
final class FakeStepContext extends StepContext {
    private static final long serialVersionUID = 1L;
    private final transient Map<Class<?>, Object> objects = new HashMap<>();
    transient Object returned;
    transient Throwable failure;
    transient Result result;

    <T> FakeStepContext with(Class<T> type, T value) {
        objects.put(type, value);
        return this;
    }

    @Override
    public <T> T get(Class<T> key) {
        return key.cast(objects.get(key));
    }

    @Override
    public void onSuccess(Object value) {
        returned = value;
    }

    @Override
    public void onFailure(Throwable t) {
        failure = t;
    }

    @Override
    public boolean isReady() {
        return true;
    }

    @Override
    public void setResult(Result r) {
        result = r;
    }

    @Override
    public boolean equals(Object o) {
        return o == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
