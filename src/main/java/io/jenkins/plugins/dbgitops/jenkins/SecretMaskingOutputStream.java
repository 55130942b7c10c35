package io.jenkins.plugins.dbgitops.jenkins;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/** Replaces every known secret value with {@code ****}, line by line, before it reaches the console. */
final class SecretMaskingOutputStream extends OutputStream {
    static final String MASK = "****";

    private final OutputStream out;
    private final List<String> secrets;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    SecretMaskingOutputStream(OutputStream out, List<String> secrets) {
        this.out = out;
        // longest first, so a secret containing another is masked whole
        this.secrets = secrets.stream().filter(s -> s != null && !s.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    @Override
    public synchronized void write(int b) throws IOException {
        line.write(b);
        if (b == '\n') {
            flushLine();
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        flushLine();
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        flushLine();
        out.close();
    }

    private void flushLine() throws IOException {
        if (line.size() == 0) {
            return;
        }
        String text = line.toString(StandardCharsets.UTF_8);
        for (String secret : secrets) {
            text = text.replace(secret, MASK);
        }
        out.write(text.getBytes(StandardCharsets.UTF_8));
        line.reset();
    }
}
