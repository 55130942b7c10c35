/*
 * Compile-only stand-in mirroring org.jenkins-ci.main:jenkins-core:2.541.3.
 * Real supertypes: extends AbstractModelObject; implements ModelObjectWithContextMenu.
 * Signatures match the real API; bodies are placeholders. Never packaged (see pom.xml excludes).
 */
package hudson.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jenkins.model.ModelObjectWithContextMenu;

/** Stand-in behaviour: actions kept in a plain list. */
public abstract class Actionable extends AbstractModelObject implements ModelObjectWithContextMenu {
    private final transient List<Action> actions = new CopyOnWriteArrayList<>();

    @Deprecated
    public List<Action> getActions() {
        return actions;
    }

    public final List<? extends Action> getAllActions() {
        return Collections.unmodifiableList(new ArrayList<>(actions));
    }

    public <T extends Action> List<T> getActions(Class<T> type) {
        List<T> result = new ArrayList<>();
        for (Action a : actions) {
            if (type.isInstance(a)) {
                result.add(type.cast(a));
            }
        }
        return Collections.unmodifiableList(result);
    }

    public void addAction(Action a) {
        if (a == null) {
            throw new IllegalArgumentException("Action must be non-null");
        }
        actions.add(a);
    }

    public void replaceAction(Action a) {
        addOrReplaceAction(a);
    }

    public boolean addOrReplaceAction(Action a) {
        if (a == null) {
            throw new IllegalArgumentException("Action must be non-null");
        }
        actions.removeIf(existing -> existing.getClass() == a.getClass() && existing != a);
        if (!actions.contains(a)) {
            addAction(a);
            return true;
        }
        return false;
    }

    public boolean removeAction(Action a) {
        return a != null && actions.remove(a);
    }

    public <T extends Action> T getAction(Class<T> type) {
        for (Action a : actions) {
            if (type.isInstance(a)) {
                return type.cast(a);
            }
        }
        return null;
    }
}
