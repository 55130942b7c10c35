package io.jenkins.plugins.dbgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReviewCommandTest {
    @TempDir
    Path directory;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void shouldExitZeroWhenNothingReachesTheFailLevel() throws IOException {
        Path migrations = migrations("CREATE TABLE customers (id bigint PRIMARY KEY, email text);\n");

        int exit = run("review", "--dialect", "postgresql", migrations.toString());

        assertThat(exit).isEqualTo(ExitCodes.SUCCESS);
        assertThat(out.toString()).contains("0 errors").contains("review passed");
    }

    @Test
    void shouldExitOneForErrorsAndWriteTheChosenFormatToAFile() throws IOException {
        Path migrations = migrations("CREATE TABLE customers (id bigint PRIMARY KEY);\n"
                + "ALTER TABLE customers DROP COLUMN email;\n");
        Path report = directory.resolve("out/review.json");

        int exit = run("review", "--format", "json", "--output", report.toString(), migrations.toString());

        assertThat(exit).isEqualTo(ExitCodes.FAILURE);
        assertThat(new ObjectMapper().readTree(report.toFile()).at("/findings").findValuesAsText("rule"))
                .contains("builtin.walk-through-check");
        assertThat(err.toString()).contains("review failed").contains(report.toString());
    }

    @Test
    void shouldNotFailWhenToldToFailOnNever() throws IOException {
        Path migrations = migrations("CREATE TABLE customers (id bigint PRIMARY KEY);\n"
                + "ALTER TABLE customers DROP COLUMN email;\n");

        assertThat(run("review", "--fail-on", "never", "--format", "sarif", migrations.toString()))
                .isEqualTo(ExitCodes.SUCCESS);
        assertThat(out.toString()).contains("\"version\" : \"2.1.0\"");
    }

    @Test
    void shouldExitTwoForAMissingPathOrABadPolicyNamingItsLine() throws IOException {
        Path migrations = migrations("SELECT 1;\n");
        Path policy = directory.resolve("policy.yaml");
        Files.writeString(policy, "extends: prod\nrules:\n  table.require-pkk: ERROR\n");

        assertThat(run("review", directory.resolve("nope").toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("nope").contains("no such file or directory");
        assertThat(run("review", "--policy", policy.toString(), migrations.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains(policy + ", line 3, column 3").contains("table.require-pkk");
        assertThat(run("review", "--fail-on", "sometimes", migrations.toString())).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void shouldListTheRules() {
        assertThat(run("rules")).isEqualTo(ExitCodes.SUCCESS);
        assertThat(out.toString()).contains("builtin.walk-through-check").contains("statement.syntax-error");
    }

    private Path migrations(String secondFile) throws IOException {
        Path migrations = Files.createDirectories(directory.resolve("migrations"));
        Files.writeString(migrations.resolve("V1__init.sql"), "CREATE TABLE audit (id bigint PRIMARY KEY);\n");
        Files.writeString(migrations.resolve("V2__change.sql"), secondFile);
        return migrations;
    }

    private int run(String... args) {
        CommandLine commandLine = DbGitOpsCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
