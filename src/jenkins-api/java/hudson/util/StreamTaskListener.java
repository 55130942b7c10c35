/*
 * Compile-only stand-in mirroring org.jenkins-ci.main:jenkins-core:2.541.3.
 * Signatures match the real API; bodies are placeholders. Never packaged (see pom.xml excludes).
 */
package hudson.util;

import hudson.model.TaskListener;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

@SuppressWarnings("deprecation")
public class StreamTaskListener extends AbstractTaskListener implements TaskListener, Closeable {
    private static final long serialVersionUID = 1L;
    private final transient PrintStream out;

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
}
