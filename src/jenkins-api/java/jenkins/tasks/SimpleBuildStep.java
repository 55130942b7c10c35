/*
 * Compile-only stand-in mirroring org.jenkins-ci.main:jenkins-core:2.541.3.
 * Real supertypes: extends BuildStep.
 * Signatures match the real API; bodies are placeholders. Never packaged (see pom.xml excludes).
 */
package jenkins.tasks;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStep;
import java.io.IOException;

public interface SimpleBuildStep extends BuildStep {
    default void perform(Run<?, ?> run, FilePath workspace, EnvVars env, Launcher launcher, TaskListener listener)
            throws InterruptedException, IOException {
        throw new AbstractMethodError("stand-in");
    }

    default boolean requiresWorkspace() {
        return true;
    }
}
