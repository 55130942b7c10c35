/*
 * Compile-only stand-in mirroring org.jenkins-ci.main:jenkins-core:2.541.3.
 * Real supertypes: extends ViewGroup.
 * Signatures match the real API; bodies are placeholders. Never packaged (see pom.xml excludes).
 * Declares none of the real type's members: nothing in the plugin calls them; it is here as a supertype.
 */
package hudson.model;

public interface ModifiableViewGroup extends ViewGroup {
}
