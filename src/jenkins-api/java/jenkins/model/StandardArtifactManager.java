/*
 * Compile-only stand-in mirroring org.jenkins-ci.main:jenkins-core:2.541.3.
 * Real supertypes: extends ArtifactManager.
 * Signatures match the real API; bodies are placeholders. Never packaged (see pom.xml excludes).
 */
package jenkins.model;

import hudson.FilePath;
import hudson.Launcher;
import hudson.model.BuildListener;
import hudson.model.Run;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/** Stand-in behaviour: copies each workspace file to the build's archive directory. */
public class StandardArtifactManager extends ArtifactManager {
    protected transient Run<?, ?> build;

    public StandardArtifactManager(Run<?, ?> build) {
        this.build = build;
    }

    @Override
    public final void onLoad(Run<?, ?> build) {
        this.build = build;
    }

    @Override
    @SuppressWarnings("deprecation")
    public void archive(FilePath workspace, Launcher launcher, BuildListener listener, Map<String, String> artifacts)
            throws IOException, InterruptedException {
        for (Map.Entry<String, String> e : artifacts.entrySet()) {
            Path target = build.getArtifactsDir().toPath().resolve(e.getKey());
            Files.createDirectories(target.getParent());
            Files.copy(new File(workspace.getRemote(), e.getValue()).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
