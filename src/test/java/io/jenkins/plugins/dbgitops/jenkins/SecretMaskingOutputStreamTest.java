package io.jenkins.plugins.dbgitops.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretMaskingOutputStreamTest {
    private final ByteArrayOutputStream sink = new ByteArrayOutputStream();

    private PrintStream console(String... secrets) {
        return new PrintStream(new SecretMaskingOutputStream(sink, List.of(secrets)), false, StandardCharsets.UTF_8);
    }

    @Test
    void shouldMaskASecretWrittenInPieces() {
        PrintStream out = console("hunter2-long");
        out.print("password=hun");
        out.print("ter2-lo");
        out.println("ng done");
        out.flush();

        assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("password=" + SecretMaskingOutputStream.MASK
                + " done" + System.lineSeparator());
    }

    @Test
    void shouldMaskTheLongerOfTwoOverlappingSecretsWhole() {
        PrintStream out = console("abc", "abcdef");
        out.println("x abcdef y abc");
        out.flush();

        assertThat(sink.toString(StandardCharsets.UTF_8)).startsWith("x **** y ****").doesNotContain("def");
    }

    @Test
    void shouldWriteAnUnterminatedLastLineOnFlush() {
        PrintStream out = console("secret");
        out.print("tail with secret");
        out.flush();

        assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("tail with ****");
    }
}
