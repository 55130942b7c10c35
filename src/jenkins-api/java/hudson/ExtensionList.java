/*
 * Compile-only stand-in mirroring org.jenkins-ci.main:jenkins-core:2.541.3.
 * Real supertypes: extends AbstractList<T>; implements OnMaster.
 * Signatures match the real API; bodies are placeholders. Never packaged (see pom.xml excludes).
 */
package hudson;

import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import jenkins.model.Jenkins;
import jenkins.util.io.OnMaster;

public class ExtensionList<T> extends AbstractList<T> implements OnMaster {
    /** Stand-in behaviour: one list per type, in place of the lists the Jenkins singleton keeps. */
    private static final Map<Class<?>, ExtensionList<?>> LISTS = new ConcurrentHashMap<>();

    private final List<T> items = new CopyOnWriteArrayList<>();

    protected ExtensionList(Jenkins jenkins, Class<T> extensionType) {
    }

    @SuppressWarnings("unchecked")
    public static <U> ExtensionList<U> lookup(Class<U> type) {
        return (ExtensionList<U>) LISTS.computeIfAbsent(type, t -> new ExtensionList<U>(null, type));
    }

    @Override
    public T get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public boolean add(T t) {
        return items.add(t);
    }

    @Override
    public boolean remove(Object o) {
        return items.remove(o);
    }
}
