/*
 * Compile-only stand-in mirroring org.jenkins-ci.main:jenkins-core:2.541.3.
 * Signatures match the real API; bodies are placeholders. Never packaged (see pom.xml excludes).
 */
package jenkins.model;

import hudson.model.AbstractCIBase;

/** Only as the type of {@code ExtensionList}'s constructors; the plugin never reaches the Jenkins singleton. */
public class Jenkins extends AbstractCIBase {
    private Jenkins() {
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("stand-in");
    }
}
