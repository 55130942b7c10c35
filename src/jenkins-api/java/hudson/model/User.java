/*
 * Compile-only stand-in mirroring org.jenkins-ci.main:jenkins-core:2.541.3.
 * Real supertypes: extends AbstractModelObject; implements AccessControlled, DescriptorByNameOwner, Loadable, Saveable, Comparable<User>, ModelObjectWithContextMenu, StaplerProxy.
 * Signatures match the real API; bodies are placeholders. Never packaged (see pom.xml excludes).
 */
package hudson.model;

import hudson.security.AccessControlled;
import java.io.IOException;
import java.util.List;
import jenkins.model.Loadable;
import jenkins.model.ModelObjectWithContextMenu;
import org.kohsuke.stapler.StaplerProxy;

public class User extends AbstractModelObject implements AccessControlled, DescriptorByNameOwner, Loadable, Saveable,
        Comparable<User>, ModelObjectWithContextMenu, StaplerProxy {
    private User() {
    }

    public static User getById(String id, boolean create) {
        throw new UnsupportedOperationException("stand-in: users live in the Jenkins controller");
    }

    public String getId() {
        throw new UnsupportedOperationException("stand-in");
    }

    public List<String> getAuthorities() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public int compareTo(User that) {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public void load() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public synchronized void save() throws IOException {
        throw new UnsupportedOperationException("stand-in");
    }
}
