/*
 * Compile-only stand-in mirroring org.jenkins-ci.main:jenkins-core:2.541.3.
 * Real supertypes: implements Loadable, Saveable, OnMaster.
 * Signatures match the real API; bodies are placeholders. Never packaged (see pom.xml excludes).
 */
package hudson.model;

import hudson.model.Saveable;
import jenkins.model.Loadable;
import jenkins.util.io.OnMaster;

public abstract class Descriptor<T extends Describable<T>> implements Loadable, Saveable, OnMaster {
    public final transient Class<? extends T> clazz;

    protected Descriptor(Class<? extends T> clazz) {
        this.clazz = clazz;
    }

    @SuppressWarnings("unchecked")
    protected Descriptor() {
        Class<?> outer = getClass().getEnclosingClass();
        this.clazz = (Class<? extends T>) outer;
    }

    @SuppressWarnings("rawtypes")
    protected void addHelpFileRedirect(String fieldName, Class<? extends Describable> owner,
            String fieldNameToRedirectTo) {
        // stand-in: help pages are served by a running Jenkins only
    }

    public String getDisplayName() {
        return clazz.getSimpleName();
    }

    @Override
    public void load() {
        // stand-in: nothing persisted
    }

    @Override
    public void save() {
        // stand-in: nothing persisted
    }
}
