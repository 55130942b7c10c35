/*
 * Compile-only stand-in mirroring org.kohsuke.stapler:stapler (the version bundled with jenkins-core 2.541.3).
 * Real supertypes: none.
 * Signatures match the real API; bodies are placeholders. Never packaged (see pom.xml excludes).
 */
package org.kohsuke.stapler;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.ANNOTATION_TYPE)
@Documented
public @interface InjectedParameter {
    @SuppressWarnings("rawtypes")
    Class<? extends AnnotationHandler> value();
}
