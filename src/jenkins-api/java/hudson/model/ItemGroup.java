/*
 * Compile-only stand-in mirroring org.jenkins-ci.main:jenkins-core:2.541.3.
 * Real supertypes: extends FullyNamed, FullyNamedModelObject, PersistenceRoot.
 * Signatures match the real API; bodies are placeholders. Never packaged (see pom.xml excludes).
 */
package hudson.model;

import jenkins.model.FullyNamed;
import jenkins.model.FullyNamedModelObject;

public interface ItemGroup<T extends Item> extends FullyNamed, FullyNamedModelObject, PersistenceRoot {
}
