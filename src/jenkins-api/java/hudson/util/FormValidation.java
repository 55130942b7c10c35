/*
 * Compile-only stand-in mirroring org.jenkins-ci.main:jenkins-core:2.541.3.
 * Real supertypes: extends IOException; implements HttpResponse.
 * Signatures match the real API; bodies are placeholders. Never packaged (see pom.xml excludes).
 */
package hudson.util;

import java.io.IOException;
import org.kohsuke.stapler.HttpResponse;

public abstract class FormValidation extends IOException implements HttpResponse {
    private static final long serialVersionUID = 1L;

    public enum Kind {
        OK,
        WARNING,
        ERROR
    }

    public final Kind kind;

    private FormValidation(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public static FormValidation ok() {
        return new FormValidation(Kind.OK, null) {
            private static final long serialVersionUID = 1L;
        };
    }

    public static FormValidation ok(String message) {
        return new FormValidation(Kind.OK, message) {
            private static final long serialVersionUID = 1L;
        };
    }

    public static FormValidation warning(String message) {
        return new FormValidation(Kind.WARNING, message) {
            private static final long serialVersionUID = 1L;
        };
    }

    public static FormValidation error(String message) {
        return new FormValidation(Kind.ERROR, message) {
            private static final long serialVersionUID = 1L;
        };
    }
}
