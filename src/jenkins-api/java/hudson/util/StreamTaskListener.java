/*
 * Compile-only stand-in mirroring org.jenkins-ci.main:jenkins-core:2.541.3.
 * Real supertypes: extends AbstractTaskListener; implements TaskListener, Closeable.
 * Signatures match the real API; bodies are placeholders. Never packaged (see pom.xml excludes).
 */
package hudson.util;

import hudson.model.TaskListener;
import java.io.Closeable;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stand-in behaviour: when serialized (as through the stand-in {@code FilePath.act}), the stream stays in this JVM
 * and the copy writes to it, as the real listener's stream is exported over the remoting channel.
 */
@SuppressWarnings("deprecation")
public class StreamTaskListener extends AbstractTaskListener implements TaskListener, Closeable {
    private static final long serialVersionUID = 1L;
    private static final Map<Integer, PrintStream> EXPORTED = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();

    private transient PrintStream out;

    public StreamTaskListener(OutputStream out, Charset charset) {
        this.out = new PrintStream(out, true, charset == null ? StandardCharsets.UTF_8 : charset);
    }

    @Override
    public PrintStream getLogger() {
        return out;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void writeObject(ObjectOutputStream stream) throws IOException {
        int id = NEXT.incrementAndGet();
        EXPORTED.put(id, out);
        stream.writeInt(id);
    }

    private void readObject(ObjectInputStream stream) throws IOException {
        out = EXPORTED.get(stream.readInt());
    }
}
