/*
 * Compile-only stand-in mirroring org.jenkins-ci.main:jenkins-core:2.541.3.
 * Real supertypes: implements SerializableOnlyOverRemoting.
 * Signatures match the real API; bodies are placeholders. Never packaged (see pom.xml excludes).
 */
package hudson;

import hudson.remoting.VirtualChannel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.jenkinsci.remoting.RoleSensitive;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

/** Stand-in behaviour: a local path; {@link #act} sends the callable through serialization as a channel would. */
public final class FilePath implements SerializableOnlyOverRemoting {
    private static final long serialVersionUID = 1L;

    private final String remote;

    public FilePath(File localPath) {
        this.remote = localPath.getPath();
    }

    public FilePath(FilePath base, String rel) {
        this.remote = new File(base.remote, rel).getPath();
    }

    public String getRemote() {
        return remote;
    }

    public boolean isRemote() {
        return false;
    }

    public String getName() {
        return new File(remote).getName();
    }

    public FilePath child(String relOrAbsolute) {
        return new FilePath(this, relOrAbsolute);
    }

    public boolean exists() throws IOException, InterruptedException {
        return new File(remote).exists();
    }

    public void mkdirs() throws IOException, InterruptedException {
        Files.createDirectories(new File(remote).toPath());
    }

    public String readToString() throws IOException, InterruptedException {
        return Files.readString(new File(remote).toPath(), StandardCharsets.UTF_8);
    }

    public <T> T act(final FileCallable<T> callable) throws IOException, InterruptedException {
        return roundTrip(callable).invoke(new File(remote), null);
    }

    @SuppressWarnings("unchecked")
    private static <T> FileCallable<T> roundTrip(FileCallable<T> callable) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(callable);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (FileCallable<T>) in.readObject();
        } catch (ClassNotFoundException e) {
            throw new IOException("stand-in channel could not read back " + callable.getClass().getName(), e);
        }
    }

    @Override
    public String toString() {
        return remote;
    }

    public interface FileCallable<T> extends Serializable, RoleSensitive {
        T invoke(File f, VirtualChannel channel) throws IOException, InterruptedException;
    }
}
