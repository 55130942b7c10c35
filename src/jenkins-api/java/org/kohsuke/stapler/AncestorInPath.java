/*
 * Compile-only stand-in mirroring org.kohsuke.stapler:stapler (the version bundled with jenkins-core 2.541.3).
 * Real supertypes: none.
 * Signatures match the real API; bodies are placeholders. Never packaged (see pom.xml excludes).
 */
package org.kohsuke.stapler;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.kohsuke.stapler.AncestorInPath.HandlerImpl;

@Retention(RUNTIME)
@Target(PARAMETER)
@Documented
@InjectedParameter(HandlerImpl.class)
public @interface AncestorInPath {
    class HandlerImpl extends AnnotationHandler<AncestorInPath> {
    }
}
