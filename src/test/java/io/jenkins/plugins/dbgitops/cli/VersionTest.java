package io.jenkins.plugins.dbgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code --version} answers without picocli, exactly as picocli would. */
class VersionTest {
    @Test
    void shouldPrintTheVersionAsPicocliPrintsIt() {
        ByteArrayOutputStream fast = new ByteArrayOutputStream();
        ByteArrayOutputStream picocli = new ByteArrayOutputStream();

        DbGitOpsCommand.printVersion(new PrintStream(fast, true, StandardCharsets.UTF_8));
        CommandLine commandLine = DbGitOpsCommand.newCommandLine();
        commandLine.setOut(new java.io.PrintWriter(new PrintStream(picocli, true, StandardCharsets.UTF_8), true));
        int exitCode = commandLine.execute("--version");

        assertThat(exitCode).isEqualTo(ExitCodes.SUCCESS);
        assertThat(fast.toString(StandardCharsets.UTF_8)).startsWith("dbgitops ")
                .isEqualTo(picocli.toString(StandardCharsets.UTF_8));
    }
}
